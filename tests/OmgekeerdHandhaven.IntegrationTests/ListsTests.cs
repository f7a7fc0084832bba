using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// Beheer › Domeinen and Risicosignalen: add, rename, order, deactivate, and delete only what no dilemma uses. Runs in
/// Gemeente Anderdorp, whose lists no other test changes.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ListsTests(AppFactory app)
{
    [Fact]
    public async Task Domeinen_AddRenameMoveUp_ShowsInTheDilemmaFormInThatOrder()
    {
        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@anderdorp.nl");
        var name = $"Leerplicht {Guid.NewGuid():N}"[..20];

        var added = await beheerder.SubmitAsync("/beheer/domeinen", "/beheer/domeinen", ("Form.Name", name));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await IdAsync<PolicyArea>(name);
        await beheerder.SubmitAsync($"/beheer/domeinen/{id}/wijzigen", $"/beheer/domeinen/{id}/wijzigen", ("Form.Name", name + " en verzuim"));
        var (_, before) = await beheerder.GetAsync("/beheer/domeinen");
        var previousLast = Names(before)[^2];
        await beheerder.SubmitAsync("/beheer/domeinen", $"/beheer/domeinen/{id}/omhoog");
        var (_, after) = await beheerder.GetAsync("/beheer/domeinen");

        Assert.Equal([name + " en verzuim", previousLast], Names(after)[^2..]);
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@anderdorp.nl");
        var (_, form) = await handhaver.GetAsync("/dilemmas/nieuw");
        var offered = form.QuerySelectorAll("#PolicyAreaIds label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains(name + " en verzuim", offered);
        // The form follows Beheer's order (deactivated entries left out).
        Assert.Equal(Names(after).Where(offered.Contains).ToList(), offered);
    }

    [Fact]
    public async Task ADomainInUse_CannotBeDeleted_ButDeactivated_ThenNewDilemmasDoNotOfferIt_ExistingKeepIt()
    {
        using var beheerder = app.CreateSession();
        using var handhaver = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@anderdorp.nl");
        await handhaver.LoginSuccessfullyAsync("handhaver@anderdorp.nl");
        await beheerder.SubmitAsync("/beheer/domeinen", "/beheer/domeinen", ("Form.Name", "Kinderopvang test"));
        var id = await IdAsync<PolicyArea>("Kinderopvang test");
        var number = await DilemmaSteps.CreateHennepInAsync("GM9999", handhaver, app, submit: false, ("PolicyAreaIds", id.ToString()));
        var before = await DatabaseFingerprint.TakeAsync(app);

        var (_, list) = await beheerder.GetAsync("/beheer/domeinen");
        var refused = await beheerder.PostWithSessionTokenAsync($"/beheer/domeinen/{id}/verwijderen");

        Assert.Null(list.QuerySelector($"a[href='/beheer/domeinen/{id}/verwijderen']"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));
        var (_, after) = await beheerder.GetAsync("/beheer/domeinen");
        Assert.Contains("kan niet worden verwijderd", after.QuerySelector(".utrecht-alert--error")?.TextContent, StringComparison.Ordinal);

        await beheerder.SubmitAsync("/beheer/domeinen", $"/beheer/domeinen/{id}/deactiveren");
        var (_, newForm) = await handhaver.GetAsync("/dilemmas/nieuw");
        var (_, editForm) = await handhaver.GetAsync($"/dilemmas/{number}/wijzigen");
        Assert.DoesNotContain("Kinderopvang", newForm.QuerySelector("#PolicyAreaIds")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kinderopvang", editForm.QuerySelector("#PolicyAreaIds")?.TextContent, StringComparison.Ordinal);
        var (_, dilemma) = await handhaver.GetAsync($"/dilemmas/{number}");
        Assert.Contains("Kinderopvang", dilemma.QuerySelector(".oh-facts")?.TextContent, StringComparison.Ordinal);

        // Chosen anyway (a stale form): refused, next to the field.
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM9999", "Participatiewet");
        var stale = await handhaver.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw", [.. DilemmaSteps.HennepFields([.. areas, id.ToString()]), ("Command", "concept")]);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("‘Kinderopvang test’ wordt niet meer gebruikt", (await WebSession.ParseAsync(stale)).QuerySelector("#PolicyAreaIds-fout")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnusedRiskSignal_IsDeletedAfterConfirmation_ADuplicateNameIsRefused()
    {
        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@anderdorp.nl");
        await beheerder.SubmitAsync("/beheer/risicosignalen", "/beheer/risicosignalen", ("Form.Name", "Verhuizing naar het buitenland"));
        var id = await IdAsync<RiskSignal>("Verhuizing naar het buitenland");

        var duplicate = await beheerder.SubmitAsync("/beheer/risicosignalen", "/beheer/risicosignalen", ("Form.Name", "verhuizing naar het BUITENLAND"));
        var (confirm, question) = await beheerder.GetAsync($"/beheer/risicosignalen/{id}/verwijderen");
        var deleted = await beheerder.SubmitAsync($"/beheer/risicosignalen/{id}/verwijderen", $"/beheer/risicosignalen/{id}/verwijderen");

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("staat al in de lijst", (await WebSession.ParseAsync(duplicate)).QuerySelector("#Form_Name-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("‘Verhuizing naar het buitenland’ verwijderen?", question.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.QueryAsync(db => db.RiskSignals.IgnoreQueryFilters().AnyAsync(r => r.Id == id)));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
    }

    [Fact]
    public async Task ARiskSignalTypedInAnotherCase_CountsAsInUse_AndCannotBeDeleted()
    {
        using var beheerder = app.CreateSession();
        using var handhaver = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@anderdorp.nl");
        await handhaver.LoginSuccessfullyAsync("handhaver@anderdorp.nl");
        await beheerder.SubmitAsync("/beheer/risicosignalen", "/beheer/risicosignalen", ("Form.Name", "Gokschulden test"));
        var id = await IdAsync<RiskSignal>("Gokschulden test");
        await DilemmaSteps.CreateHennepInAsync("GM9999", handhaver, app, submit: false, ("OtherRiskSignals", "GOKSCHULDEN Test"));

        var (_, page) = await beheerder.GetAsync("/beheer/risicosignalen");

        var row = page.QuerySelector($"#item-{id}")!;
        Assert.Equal("1 dilemma", row.QuerySelector("td[data-label='Gebruikt door']")?.TextContent);
        Assert.Null(row.QuerySelector("a[href$='/verwijderen']"));
    }

    [Fact]
    public async Task Lists_AreForTheBeheerderOfTheirOwnGemeente()
    {
        using var consulent = app.CreateSession();
        using var otherBeheerder = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        await otherBeheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var anderdorps = await IdAsync<PolicyArea>("Participatiewet");

        Assert.Equal(HttpStatusCode.Forbidden, (await consulent.GetAsync("/beheer/domeinen")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBeheerder.GetAsync($"/beheer/domeinen/{anderdorps}/wijzigen")).Response.StatusCode);
    }

    private static List<string> Names(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim())];

    private Task<Guid> IdAsync<T>(string name) where T : ListEntry => app.QueryAsync(db => db.Set<T>().IgnoreQueryFilters()
        .Where(e => e.Name == name && db.Municipalities.Any(m => m.Id == e.MunicipalityId && m.Code == "GM9999")).Select(e => e.Id).SingleAsync());
}
