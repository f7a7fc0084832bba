using System.Net;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class NotificationTests(AppFactory app)
{
    private const string Password = "een lang testwachtwoord";

    private static async Task<int> BellAsync(WebSession session)
    {
        var (_, page) = await session.GetAsync("/");
        var count = page.QuerySelector(".oh-bell__count")?.TextContent;
        return count is null ? 0 : int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task AuthorHearsOfCommentReturnAndDecision_BeslisserOfWhatAwaitsADecision()
    {
        var author = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var authorSession = app.CreateSession();
        using var consulent = app.CreateSession();
        using var beslisser = app.CreateSession();
        await authorSession.LoginSuccessfullyAsync(author.Email!, Password);
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var beslisserBefore = await BellAsync(beslisser);

        var number = await DilemmaSteps.CreateHennepAsync(authorSession, app, submit: true);
        Assert.Equal(beslisserBefore + 1, await BellAsync(beslisser));
        var (_, beslisserList) = await beslisser.GetAsync("/meldingen");
        Assert.Contains($"Dilemma {number} wacht op een besluit.", beslisserList.QuerySelector("main")?.TextContent, StringComparison.Ordinal);

        Assert.Equal(0, await BellAsync(authorSession));
        await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Is er al contact met de woningcorporatie?"), ("Kind", "Question"));
        await beslisser.SubmitAsync($"/dilemmas/{number}/terugsturen", $"/dilemmas/{number}/terugsturen", ("Reason", "Beschrijf de veiligheid."));
        Assert.Equal(2, await BellAsync(authorSession));

        var (_, list) = await authorSession.GetAsync("/meldingen");
        var text = list.QuerySelector("main")?.TextContent;
        Assert.Contains($"Nieuwe reactie (vraag) bij uw dilemma {number}.", text, StringComparison.Ordinal);
        Assert.Contains($"Uw dilemma {number} is teruggestuurd.", text, StringComparison.Ordinal);

        var read = await authorSession.SubmitAsync("/meldingen", "/meldingen/gelezen");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Equal(0, await BellAsync(authorSession));
    }

    [Fact]
    public async Task OwnActions_DoNotNotifyOneself()
    {
        using var teamleider = app.CreateSession();
        await teamleider.LoginSuccessfullyAsync("teamleider@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(teamleider, app, submit: true);
        await teamleider.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Eigen opmerking."), ("Kind", "Remark"));

        var (_, list) = await teamleider.GetAsync("/meldingen");
        Assert.DoesNotContain($"Nieuwe reactie (opmerking) bij uw dilemma {number}", list.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"Dilemma {number} wacht op een besluit.", list.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AColleagueMadeResponsible_GetsAMelding_AndSeesTheAgreementInMijnWerk_LongBeforeItsDeadline()
    {
        var colleague = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var colleagueSession = app.CreateSession();
        using var handhaver = app.CreateSession();
        using var beslisser = app.CreateSession();
        await colleagueSession.LoginSuccessfullyAsync(colleague.Email!, Password);
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Vrijwilligerswerk met een onkostenvergoeding boven de grens"), ("Situation", "Een alleenstaande klant in de bijstand doet vrijwilligerswerk bij de voetbalclub en krijgt daarvoor een vergoeding die boven de vrijgestelde grens uitkomt."));
        var deadline = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(60);

        await DilemmaSteps.DecideAsync(beslisser, number,
            ("Solution", "Jeugdhulp krijgt zes weken om het gezin te stabiliseren; daarna handhaving."), ("Rationale", "Middenweg volgens de visie."),
            ("Agreements[0].Description", "Zes weken na het besluit de stand van zaken bespreken met jeugdhulp"), ("Agreements[0].Responsible", colleague.DisplayName),
            ("Agreements[0].DueDate", deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Agreements[0].Fallback", "Handhaving start het onderzoek alsnog."));

        var (_, meldingen) = await colleagueSession.GetAsync("/meldingen");
        Assert.Contains($"U bent verantwoordelijk voor een afspraak bij dilemma {number}", meldingen.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        var (_, home) = await colleagueSession.GetAsync("/");
        var mine = home.QuerySelector("section[aria-labelledby=afspraken]")?.TextContent;
        Assert.Contains("Zes weken na het besluit de stand van zaken bespreken met jeugdhulp", mine, StringComparison.Ordinal);
        Assert.Equal(1, await BellAsync(colleagueSession));
    }

    [Fact]
    public async Task WachtOpEenBesluit_Goes_OnceTheDilemmaIsDecidedReturnedOrWithdrawn()
    {
        using var handhaver = app.CreateSession();
        using var beslisser = app.CreateSession();
        using var teamleider = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        await teamleider.LoginSuccessfullyAsync("teamleider@voorbeeld.nl");
        var decided = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Vrijwilligerswerk met een onkostenvergoeding boven de grens"), ("Situation", "Een alleenstaande klant in de bijstand doet vrijwilligerswerk bij de voetbalclub en krijgt daarvoor een vergoeding die boven de vrijgestelde grens uitkomt."));
        var returned = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Vrijwilligerswerk met een onkostenvergoeding boven de grens"), ("Situation", "Een alleenstaande klant in de bijstand doet vrijwilligerswerk bij de voetbalclub en krijgt daarvoor een vergoeding die boven de vrijgestelde grens uitkomt."));
        var withdrawn = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Vrijwilligerswerk met een onkostenvergoeding boven de grens"), ("Situation", "Een alleenstaande klant in de bijstand doet vrijwilligerswerk bij de voetbalclub en krijgt daarvoor een vergoeding die boven de vrijgestelde grens uitkomt."));
        var (_, before) = await teamleider.GetAsync("/meldingen");
        foreach (var number in new[] { decided, returned, withdrawn })
        {
            Assert.Contains($"Dilemma {number} wacht op een besluit.", before.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        }

        await DilemmaSteps.DecideAsync(beslisser, decided, ("Solution", "Middenweg met jeugdhulp."), ("Rationale", "Volgens de visie."));
        await beslisser.SubmitAsync($"/dilemmas/{returned}/terugsturen", $"/dilemmas/{returned}/terugsturen", ("Reason", "Beschrijf de veiligheid."));
        await handhaver.SubmitAsync($"/dilemmas/{withdrawn}/intrekken", $"/dilemmas/{withdrawn}/intrekken", ("Reason", "Dubbel ingediend."));

        var (_, after) = await teamleider.GetAsync("/meldingen");
        foreach (var number in new[] { decided, returned, withdrawn })
        {
            Assert.DoesNotContain($"Dilemma {number} wacht op een besluit.", after.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        }
    }
}
