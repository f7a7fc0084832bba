using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using static OmgekeerdHandhaven.IntegrationTests.Infrastructure.SecondFactorCodes;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// Tweestapsverificatie for a local account: switched on from Mijn profiel with a code the app computed from the key
/// shown (here: Otp.NET, as an authenticator app would), then asked after the password; a wrong code is refused and
/// counts toward the lockout, a herstelcode works once, and a Beheerder can reset it (logged).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class SecondFactorTests(AppFactory app)
{
    private const string Password = "Tweestaps-test-2026!";

    [Fact]
    public async Task SwitchedOn_TheLoginAsksForTheCode_WrongIsRefused_RightSignsIn_AHerstelcodeWorksOnce()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, Password);
        var (key, codes) = await session.SwitchOnSecondFactorAsync();
        Assert.Equal(10, codes.Count);

        using var later = app.CreateSession();
        var login = await later.LoginAsync(user.Email!, Password);
        Assert.Equal("/inloggen/tweestaps", login.Headers.Location?.OriginalString);
        var (home, _) = await later.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode); // not signed in before the second step

        var wrong = await later.SubmitAsync("/inloggen/tweestaps", "/inloggen/tweestaps", ("Code", WrongCode(key)));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("De code klopt niet.", (await WebSession.ParseAsync(wrong)).QuerySelector("#Code-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync()));

        var right = await later.SubmitAsync("/inloggen/tweestaps", "/inloggen/tweestaps", ("Code", Code(key)));
        Assert.Equal("/", right.Headers.Location?.OriginalString);
        (home, _) = await later.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        // A herstelcode instead of the app: once.
        using var withoutPhone = app.CreateSession();
        await withoutPhone.LoginAsync(user.Email!, Password);
        var recovered = await withoutPhone.SubmitAsync("/inloggen/tweestaps?herstelcode=ja", "/inloggen/tweestaps", ("Code", codes[0]));
        Assert.Equal("/", recovered.Headers.Location?.OriginalString);
        using var again = app.CreateSession();
        await again.LoginAsync(user.Email!, Password);
        var reused = await again.SubmitAsync("/inloggen/tweestaps?herstelcode=ja", "/inloggen/tweestaps", ("Code", codes[0]));
        Assert.Contains("Deze herstelcode klopt niet of is al gebruikt.", (await WebSession.ParseAsync(reused)).QuerySelector("#Code-fout")?.TextContent, StringComparison.Ordinal);

        var logged = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => e.EntityKey == user.Id.ToString()).Select(e => e.Summary).ToListAsync());
        Assert.Contains("Tweestapsverificatie ingeschakeld.", logged);
        Assert.Contains("Ingelogd met tweestapsverificatie.", logged);
        Assert.Contains("Ingelogd met een herstelcode.", logged);
        Assert.Contains("Inloggen mislukt: onjuiste code bij de tweede stap.", logged);
    }

    [Fact]
    public async Task ACodeThatTheAppDidNotMake_DoesNotSwitchItOn()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, Password);

        var (_, page) = await session.GetAsync("/profiel/tweestapsverificatie");
        var key = page.QuerySelector("[data-testid=sleutel]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        var refused = await session.SubmitAsync("/profiel/tweestapsverificatie", "/profiel/tweestapsverificatie", ("Code", WrongCode(key)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("De code klopt niet.", (await WebSession.ParseAsync(refused)).QuerySelector("#Code-fout")?.TextContent, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task ABeheerder_ResetsIt_ThenThePasswordAloneSignsIn_AndTheLogboekSaysWho()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Consulent);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, Password);
        await session.SwitchOnSecondFactorAsync();

        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var (_, edit) = await beheerder.GetAsync($"/beheer/gebruikers/{user.Id}");
        Assert.NotNull(edit.QuerySelector($"a[href='/beheer/gebruikers/{user.Id}/tweestapsverificatie-herstellen']"));
        var reset = await beheerder.SubmitAsync($"/beheer/gebruikers/{user.Id}/tweestapsverificatie-herstellen", $"/beheer/gebruikers/{user.Id}/tweestapsverificatie-herstellen");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var later = app.CreateSession();
        var login = await later.LoginAsync(user.Email!, Password);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
        var logged = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => e.EntityKey == user.Id.ToString() && e.Action == AuditActions.SecondFactor)
            .Select(e => new { e.Summary, e.ActorId }).ToListAsync());
        Assert.Contains(logged, e => e.Summary == "Tweestapsverificatie hersteld door de beheerder." && e.ActorId != user.Id);

        // The colleague hears of it, in the register and by e-mail, whatever their e-mail choices (not a kind to switch off).
        var told = await app.QueryAsync(db => db.Notifications.IgnoreQueryFilters().Where(n => n.RecipientId == user.Id && n.Kind == NotificationKind.SecondFactorReset)
            .Select(n => n.Path).ToListAsync());
        Assert.Equal(["/profiel/tweestapsverificatie"], told);
        var mail = await app.QueryAsync(db => db.OutboxMessages.IgnoreQueryFilters().SingleAsync(m => m.RecipientId == user.Id && m.Kind == NotificationKind.SecondFactorReset));
        Assert.Contains("Had u daar niet om gevraagd, meld het dan meteen bij uw beheerder.", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Afmelden", mail.TextBody, StringComparison.Ordinal);
        Assert.Null(Web.Features.Mail.MailTopics.Of(NotificationKind.SecondFactorReset));
    }

}
