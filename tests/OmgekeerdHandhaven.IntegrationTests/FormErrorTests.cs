using System.Net;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>A form shows every error at once, in the order of the form, so one submit is enough to see what to fix.</summary>
[Collection(SharedApp.Name)]
public sealed class FormErrorTests(AppFactory app)
{
    [Fact]
    public async Task DilemmaForm_ShowsLengthAndPrivacyErrorsTogether_InTheOrderOfTheForm()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet");
        var fields = DilemmaSteps.HennepFields(areas, ("Title", "Kort"), ("Situation", "Bel de moeder op 06-12345678."))
            .Where(f => f.Name != "Phase").ToArray();

        var response = await session.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw", [.. fields, ("Command", "concept")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        var situation = page.QuerySelector("#Situation-fout")?.TextContent;
        Assert.Contains("50 tot 10.000 tekens", situation, StringComparison.Ordinal);
        Assert.Contains("telefoonnummer", situation, StringComparison.Ordinal);

        var summary = page.QuerySelectorAll(".oh-error-summary li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Title", "#Situation", "#Situation", "#Phase"], summary);
    }

    [Fact]
    public async Task DecisionForm_ListsErrorsInTheOrderOfTheForm()
    {
        using var handhaver = app.CreateSession();
        using var beslisser = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Vrijwilligerswerk met een onkostenvergoeding boven de grens"), ("Situation", "Een alleenstaande klant in de bijstand doet vrijwilligerswerk bij de voetbalclub en krijgt daarvoor een vergoeding die boven de vrijgestelde grens uitkomt."));

        var response = await DilemmaSteps.DecideAsync(beslisser, number,
            ("Solution", ""), ("Rationale", ""), ("Agreements[0].Description", "Jeugdhulp stabiliseert het gezin"), ("Agreements[0].Responsible", ""),
            ("Agreements[0].DueDate", "2026-12-31"), ("Agreements[0].Fallback", "Handhaving gaat door."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        var summary = page.QuerySelectorAll(".oh-error-summary li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Solution", "#Rationale", "#Agreements_0__Responsible"], summary);
    }

    [Fact]
    public async Task OptieToevoegen_WithoutJavaScript_FocusesTheNewOption()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet");

        var added = await WebSession.ParseAsync(await session.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw", [.. DilemmaSteps.HennepFields(areas), ("Command", "optie-toevoegen")]));
        var removed = await WebSession.ParseAsync(await session.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw", [.. DilemmaSteps.HennepFields(areas), ("Command", "optie-verwijderen-0")]));

        Assert.Equal(["Options_2__Description"], added.QuerySelectorAll("[autofocus]").Select(e => e.Id));
        Assert.Equal(["Options_0__Description"], removed.QuerySelectorAll("[autofocus]").Select(e => e.Id));
    }

    [Fact]
    public async Task AfspraakToevoegen_WithoutJavaScript_FocusesTheNewAgreement()
    {
        using var handhaver = app.CreateSession();
        using var beslisser = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Vrijwilligerswerk met een onkostenvergoeding boven de grens"), ("Situation", "Een alleenstaande klant in de bijstand doet vrijwilligerswerk bij de voetbalclub en krijgt daarvoor een vergoeding die boven de vrijgestelde grens uitkomt."));

        var added = await WebSession.ParseAsync(await DilemmaSteps.DecideAsync(beslisser, number, ("Solution", "Middenweg"), ("Command", "afspraak-toevoegen")));
        var removed = await WebSession.ParseAsync(await DilemmaSteps.DecideAsync(beslisser, number,
            ("Agreements[0].Description", "Jeugdhulp stabiliseert"), ("Command", "afspraak-verwijderen-0")));

        Assert.Equal(["Agreements_0__Description"], added.QuerySelectorAll("[autofocus]").Select(e => e.Id));
        Assert.Equal("afspraak-toevoegen", removed.QuerySelector("[autofocus]")?.GetAttribute("value"));
    }
}
