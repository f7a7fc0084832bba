using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class VisionTests(AppFactory app)
{
    [Fact]
    public async Task BeheerderSetsTheVision_BeslisserSeesItBesideTheDecisionForm_OnlyInTheirOwnGemeente()
    {
        using var admin = app.CreateSession();
        using var author = app.CreateSession();
        using var beslisser = app.CreateSession();
        using var otherBeslisser = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@anderdorp.nl");
        await author.LoginSuccessfullyAsync("handhaver@anderdorp.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@anderdorp.nl");
        await otherBeslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        const string vision = "In Anderdorp kiezen we eerst voor herstel van rechtmatigheid met een gesprek.";

        var saved = await admin.SubmitAsync("/beheer/visie", "/beheer/visie", ("Vision", vision));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM9999", "Participatiewet");
        var created = await author.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw", [.. DilemmaSteps.HennepFields(areas), ("Command", "indienen")]);
        var number = created.Headers.Location!.OriginalString["/dilemmas/".Length..];
        var (_, form) = await beslisser.GetAsync($"/dilemmas/{number}/besluit");
        Assert.Contains(vision, form.QuerySelector("aside")?.TextContent, StringComparison.Ordinal);

        var voorbeeld = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters()
            .Where(d => d.Status == DilemmaStatus.UnderDiscussion && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM0000"))
            .Select(d => new { d.Year, d.Sequence }).FirstAsync());
        var (response, voorbeeldForm) = await otherBeslisser.GetAsync($"/dilemmas/{new DilemmaNumber(voorbeeld.Year, voorbeeld.Sequence)}/besluit");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Visie op handhaving", voorbeeldForm.QuerySelector("aside")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(vision, voorbeeldForm.Body?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vision_IsForBeheerders_AndRefusesPersonalData()
    {
        using var beslisser = app.CreateSession();
        using var admin = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        Assert.Equal(HttpStatusCode.Forbidden, (await beslisser.GetAsync("/beheer/visie")).Response.StatusCode);
        var refused = await admin.SubmitAsync("/beheer/visie", "/beheer/visie", ("Vision", "Vragen? Mail naar j.jansen@voorbeeld.nl."));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("e-mailadres", (await WebSession.ParseAsync(refused)).QuerySelector("#Vision-fout")?.TextContent, StringComparison.Ordinal);
    }
}
