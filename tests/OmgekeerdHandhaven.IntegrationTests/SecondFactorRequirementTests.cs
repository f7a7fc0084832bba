using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Profile;
using static OmgekeerdHandhaven.IntegrationTests.Infrastructure.SecondFactorCodes;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// Tweestapsverificatie required of beheerders and beslissers (on for every gemeente unless its Beheerder switches it
/// off at Beheer › Inloggen): such a colleague signed in with the password alone can only set it up until done, and
/// cannot switch it off; handhavers and consulenten are not asked; the setting reaches open sessions at their next check.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class SecondFactorRequirementTests(AppFactory app)
{
    private const string Password = "Verplicht-tweestaps-2026!";

    private const string SetUp = "/profiel/tweestapsverificatie";

    [Fact]
    public async Task ABeslisserWithoutIt_CanOnlySetItUp_ThenWorksOnInTheSameSession_AndCannotSwitchItOff()
    {
        var user = await app.CreateUserWithoutSecondFactorAsync("GM0000", Password, Roles.Beslisser);
        using var session = app.CreateSession();
        await session.LoginAsync(user.Email!, Password);

        foreach (var page in new[] { "/", "/zoeken?q=hennep", "/dashboard", "/profiel" })
        {
            var (refused, _) = await session.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal(SetUp, refused.Headers.Location?.OriginalString);
        }

        var (response, setUpPage) = await session.GetAsync(SetUp);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Uw gemeente vraagt van beheerders en beslissers een tweede stap bij het inloggen.", setUpPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(setUpPage.QuerySelector("main a[href='/profiel']")); // no way around it offered

        var key = setUpPage.QuerySelector("[data-testid=sleutel]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        var enabled = await session.SubmitAsync(SetUp, SetUp, ("Code", Code(key)));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/")).Response.StatusCode);

        // Switching it on changed the account's security stamp; this session was renewed with it and goes on.
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/dashboard")).Response.StatusCode);

        var (_, confirm) = await session.GetAsync("/profiel/tweestapsverificatie/uitschakelen");
        Assert.Contains(SecondFactorActions.RequiredMessage, confirm.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(confirm.QuerySelector("form[action='/profiel/tweestapsverificatie/uitschakelen']"));
        var off = await session.PostWithSessionTokenAsync("/profiel/tweestapsverificatie/uitschakelen");
        Assert.Equal(HttpStatusCode.Conflict, off.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task TheApi_AndAHandhaver_AreNotHeldUp()
    {
        var beslisser = await app.CreateUserWithoutSecondFactorAsync("GM0000", Password, Roles.Beslisser);
        using var api = await app.ApiClientForAsync(beslisser.Email!);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/dilemmas")).StatusCode);

        var handhaver = await app.CreateUserWithoutSecondFactorAsync("GM0000", Password, Roles.Handhaver);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(handhaver.Email!, Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/zoeken?q=hennep")).Response.StatusCode);
    }

    [Fact]
    public async Task TheBeheerder_SwitchesItOffAndOn_OpenSessionsFollowAtTheirNextCheck_AndTheLogboekSaysSo()
    {
        var code = await NewGemeenteAsync();
        var beheerder = await app.CreateUserAsync(code, Password, Roles.Beheerder);
        var beslisser = await app.CreateUserWithoutSecondFactorAsync(code, Password, Roles.Beslisser);
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync(beheerder.Email!, Password);
        using var decider = app.CreateSession();
        await decider.LoginAsync(beslisser.Email!, Password);
        Assert.Equal(SetUp, (await decider.GetAsync("/")).Response.Headers.Location?.OriginalString);

        var (_, settings) = await admin.GetAsync("/beheer/inloggen");
        Assert.Equal("checked", settings.QuerySelector("#SecondFactorRequired")?.GetAttribute("checked"));
        var without = settings.QuerySelectorAll("[data-testid=zonder-tweestaps] li").Select(li => li.TextContent).ToList();
        Assert.Equal([beslisser.DisplayName], without); // the beheerder has it; nobody of another gemeente is listed

        // Unticked: a checkbox that is not ticked is not posted at all.
        var saved = await admin.SubmitAsync("/beheer/inloggen", "/beheer/inloggen");
        Assert.Equal("/beheer/inloggen", saved.Headers.Location?.OriginalString);
        Assert.False(await RequiredAsync(code));
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.OK, (await decider.GetAsync("/")).Response.StatusCode);

        await admin.SubmitAsync("/beheer/inloggen", "/beheer/inloggen", ("SecondFactorRequired", "true"));
        Assert.True(await RequiredAsync(code));
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(SetUp, (await decider.GetAsync("/")).Response.Headers.Location?.OriginalString);

        var logged = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(e => e.Action == AuditActions.LoginSettingsChanged && e.EntityKey == code).OrderBy(e => e.At).Select(e => e.Summary).ToListAsync());
        Assert.Equal(["Tweestapsverificatie niet langer verplicht voor beheerders en beslissers.", "Tweestapsverificatie verplicht gemaakt voor beheerders en beslissers."], logged);
    }

    [Fact]
    public async Task OnlyABeheerder_ChangesIt_AndSavingTheSameChangesNothing()
    {
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await beslisser.GetAsync("/beheer/inloggen")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await beslisser.PostWithSessionTokenAsync("/beheer/inloggen")).StatusCode);
        Assert.True(await RequiredAsync("GM0000"));

        var code = await NewGemeenteAsync();
        var beheerder = await app.CreateUserAsync(code, Password, Roles.Beheerder);
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync(beheerder.Email!, Password);
        var before = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.Action == AuditActions.LoginSettingsChanged));
        await admin.SubmitAsync("/beheer/inloggen", "/beheer/inloggen", ("SecondFactorRequired", "true"));
        Assert.Equal(before, await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.Action == AuditActions.LoginSettingsChanged)));
    }

    [Fact]
    public async Task AfterABeheerderResetsIt_TheBeslisserSetsItUpAgainAtTheNextLogin()
    {
        var beslisser = await app.CreateUserAsync("GM0000", Password, Roles.Beslisser);
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var reset = await admin.SubmitAsync($"/beheer/gebruikers/{beslisser.Id}/tweestapsverificatie-herstellen", $"/beheer/gebruikers/{beslisser.Id}/tweestapsverificatie-herstellen");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var later = app.CreateSession();
        Assert.Equal("/", (await later.LoginAsync(beslisser.Email!, Password)).Headers.Location?.OriginalString);
        Assert.Equal(SetUp, (await later.GetAsync("/")).Response.Headers.Location?.OriginalString);
    }

    private async Task<string> NewGemeenteAsync()
    {
        var code = "GM" + Random.Shared.Next(5000, 9000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (await app.QueryAsync(db => db.Municipalities.AnyAsync(m => m.Code == code)))
        {
            code = "GM" + Random.Shared.Next(5000, 9000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await app.QueryAsync(db =>
        {
            db.Municipalities.Add(new Municipality("Gemeente Tweestaps " + code, code));
            return db.SaveChangesAsync();
        });
        return code;
    }

    private Task<bool> RequiredAsync(string code) =>
        app.QueryAsync(db => db.Municipalities.Where(m => m.Code == code).Select(m => m.SecondFactorRequired).SingleAsync());
}
