using System.Net;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class LoggingTests(AppFactory app)
{
    [Fact]
    public async Task RequestsAreLoggedWithUserAndGemeenteIds_ButNeverEmailAddressesOrPasswords()
    {
        const string password = "geheim wachtwoord voor de logtest";
        var user = await app.CreateUserAsync("GM0000", password, Roles.Beheerder);
        using var session = app.CreateSession();

        await session.LoginAsync("onbekend-persoon@voorbeeld.nl", "een ander geheim wachtwoord");
        await session.LoginAsync(user.Email!, "fout " + password);
        await session.LoginSuccessfullyAsync(user.Email!, password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/beheer/gebruikers?zoek=" + Uri.EscapeDataString(user.Email!))).Response.StatusCode);

        // The request log line is written as the response completes, which may be just after the client has it.
        bool IsRequestLine(string l) => l.Contains("/beheer/gebruikers", StringComparison.Ordinal) && l.Contains(user.Id.ToString(), StringComparison.Ordinal)
            && l.Contains(user.MunicipalityId.ToString(), StringComparison.Ordinal);
        for (var wait = 0; wait < 50 && !app.Logs.RenderedEvents().Any(IsRequestLine); wait++)
        {
            await Task.Delay(100);
        }

        var lines = app.Logs.RenderedEvents().ToList();
        Assert.Contains(lines, IsRequestLine);
        Assert.DoesNotContain(lines, l => l.Contains("@voorbeeld.nl", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Contains(password, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(user.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchTermsAndCaseTexts_NeverReachTheLog()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        const string situation = "Een gezin in de Kwartelstraat heeft een kweekruimte achter de schuur en krijgt al een jaar bijstand.";
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Situation", situation));
        const string comment = "Heeft de wijkagent de kweekruimte achter de schuur al gezien?";
        Assert.Equal(HttpStatusCode.Redirect, (await handhaver.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", comment), ("Kind", "Question"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handhaver.GetAsync("/zoeken?q=" + Uri.EscapeDataString("kwartelstraat kweekruimte"))).Response.StatusCode);

        for (var wait = 0; wait < 50 && !app.Logs.RenderedEvents().Any(l => l.Contains("/zoeken", StringComparison.Ordinal)); wait++)
        {
            await Task.Delay(100);
        }

        var lines = app.Logs.RenderedEvents().ToList();
        Assert.Contains(lines, l => l.Contains("/zoeken", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Kwartelstraat", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Contains("kweekruimte", StringComparison.OrdinalIgnoreCase));
    }
}
