using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Account;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class AuthenticationTests(AppFactory app)
{
    private const string Password = "een lang testwachtwoord";

    [Fact]
    public async Task Login_WithDemoAccount_OpensMijnWerkWithNameAndGemeente()
    {
        using var session = app.CreateSession();

        await session.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var (response, page) = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Mijn werk", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Sanne de Vries", page.QuerySelector("header")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Gemeente Voorbeeld", page.QuerySelector("header")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownEmailAndWrongPassword_GetTheSameAnswer()
    {
        using var session = app.CreateSession();

        var unknown = await session.LoginAsync("niemand@voorbeeld.nl", "een willekeurig wachtwoord");
        var wrong = await session.LoginAsync("consulent@voorbeeld.nl", "een willekeurig wachtwoord");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var unknownMessage = (await WebSession.ParseAsync(unknown)).QuerySelector(".oh-error-summary")?.TextContent.Trim();
        var wrongMessage = (await WebSession.ParseAsync(wrong)).QuerySelector(".oh-error-summary")?.TextContent.Trim();
        Assert.Contains(AccountController.LoginFailedMessage, unknownMessage, StringComparison.Ordinal);
        Assert.Equal(unknownMessage, wrongMessage);
    }

    [Fact]
    public async Task Login_WithEmptyFields_ShowsDutchErrorsNextToTheFields()
    {
        using var session = app.CreateSession();

        var response = await session.LoginAsync(string.Empty, string.Empty);
        var page = await WebSession.ParseAsync(response);

        Assert.Equal("Vul uw e-mailadres in.", page.QuerySelector("#Email-fout")?.TextContent);
        Assert.Equal("Vul uw wachtwoord in.", page.QuerySelector("#Password-fout")?.TextContent);
        Assert.Equal("true", page.QuerySelector("#Email")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Login_AfterFiveFailures_IsLockedEvenWithTheRightPassword()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var session = app.CreateSession();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await session.LoginAsync(user.Email!, "fout wachtwoord nummer " + attempt)).StatusCode);
        }

        var response = await session.LoginAsync(user.Email!, Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(AccountController.LoginFailedMessage, (await WebSession.ParseAsync(response)).QuerySelector(".oh-error-summary")?.TextContent, StringComparison.Ordinal);
        var lockoutEnd = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        // Identity's lockout reads the system clock, not the app's (which other tests move ahead by minutes).
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14), "locked for 15 minutes");
    }

    [Fact]
    public async Task Login_ReturnUrl_IsFollowedOnlyWhenLocal()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var local = app.CreateSession();
        using var external = app.CreateSession();

        var toLocal = await local.SubmitAsync("/inloggen?terug=%2Fzoeken", "/inloggen", ("Email", user.Email!), ("Password", Password), ("ReturnUrl", "/zoeken"));
        var toExternal = await external.SubmitAsync("/inloggen", "/inloggen", ("Email", user.Email!), ("Password", Password), ("ReturnUrl", "https://kwaadwillend.example/"));

        Assert.Equal("/zoeken", toLocal.Headers.Location?.OriginalString);
        Assert.Equal("/", toExternal.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_DeactivatedUser_IsRefused()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Consulent);
        await DeactivateAsync(user);
        using var session = app.CreateSession();

        var response = await session.LoginAsync(user.Email!, Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(AccountController.LoginFailedMessage, (await WebSession.ParseAsync(response)).QuerySelector(".oh-error-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenSession_OutlivesThePeriodicSecurityCheck_WhichKeepsItsServerSideSession()
    {
        // The minute check rebuilds the signed-in identity from the user; it must keep the session it belongs to,
        // or every colleague would be sent to the login page a minute after signing in.
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, Password);

        for (var check = 0; check < 2; check++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(61));
            var (response, page) = await session.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(user.DisplayName, page.Body?.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DeactivatedUser_OpenSession_StopsWithinAMinute()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        var beheerder = await app.CreateUserAsync("GM0000", Password, Roles.Beheerder);
        using var userSession = app.CreateSession();
        using var adminSession = app.CreateSession();
        await userSession.LoginSuccessfullyAsync(user.Email!, Password);
        await adminSession.LoginSuccessfullyAsync(beheerder.Email!, Password);

        var deactivate = await adminSession.SubmitAsync($"/beheer/gebruikers/{user.Id}/deactiveren", $"/beheer/gebruikers/{user.Id}/deactiveren");
        Assert.Equal(HttpStatusCode.Redirect, deactivate.StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var (response, _) = await userSession.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_EndsOtherSessions_AndOnlyTheNewPasswordWorks()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Consulent);
        using var here = app.CreateSession();
        using var elsewhere = app.CreateSession();
        await here.LoginSuccessfullyAsync(user.Email!, Password);
        await elsewhere.LoginSuccessfullyAsync(user.Email!, Password);
        const string newPassword = "mijn nieuwe wachtzin voor het register";

        var change = await here.SubmitAsync("/wachtwoord-wijzigen", "/wachtwoord-wijzigen",
            ("CurrentPassword", Password), ("NewPassword", newPassword), ("ConfirmNewPassword", newPassword));
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/")).Response.StatusCode);
        using var fresh = app.CreateSession();
        Assert.Equal(HttpStatusCode.BadRequest, (await fresh.LoginAsync(user.Email!, Password)).StatusCode);
        await fresh.LoginSuccessfullyAsync(user.Email!, newPassword);
    }

    [Fact]
    public async Task ChangePassword_WithWrongCurrentPassword_SaysSoAtThatField()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Consulent);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, Password);

        var response = await session.SubmitAsync("/wachtwoord-wijzigen", "/wachtwoord-wijzigen",
            ("CurrentPassword", "niet mijn wachtwoord"), ("NewPassword", "een heel nieuw wachtwoord"), ("ConfirmNewPassword", "een heel nieuw wachtwoord"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Het huidige wachtwoord is onjuist.", (await WebSession.ParseAsync(response)).QuerySelector("#CurrentPassword-fout")?.TextContent);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var logout = await session.SubmitAsync("/", "/uitloggen");
        var (after, _) = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/inloggen", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_EndsTheSessionOnTheServer_SoACopyOfTheCookieNoLongerWorks()
    {
        using var session = app.CreateSession();
        var login = await session.LoginAsync("consulent@voorbeeld.nl", WebSession.DemoPassword);
        var cookie = SessionCookie(login);
        using var copy = new WebSession(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        copy.Client.DefaultRequestHeaders.Add("Cookie", $"oh.sessie={cookie}");
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).Response.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync("/", "/uitloggen")).StatusCode);

        // Someone who kept the cookie (a shared computer, a stolen copy) is sent to the login page, at once.
        var (afterLogout, _) = await copy.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, afterLogout.StatusCode);
        Assert.StartsWith("/inloggen", afterLogout.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefusedAndLogsNobodyIn()
    {
        using var session = app.CreateSession();

        var response = await session.PostAsync("/inloggen", ("Email", "handhaver@voorbeeld.nl"), ("Password", WebSession.DemoPassword));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("oh.sessie", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StoredPasswordHash_UsesPbkdf2WithAtLeast210000Iterations()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        var hash = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());

        // Identity v3 format: 0x01, PRF (uint32 big-endian), iteration count (uint32 big-endian), salt length, salt, subkey.
        var bytes = Convert.FromBase64String(hash!);
        var prf = (KeyDerivationPrfFromHeader)(bytes[1] << 24 | bytes[2] << 16 | bytes[3] << 8 | bytes[4]);
        var iterations = bytes[5] << 24 | bytes[6] << 16 | bytes[7] << 8 | bytes[8];

        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(KeyDerivationPrfFromHeader.HmacSha512, prf);
        Assert.True(iterations >= 210_000, $"iterations: {iterations}");
    }

    [Fact]
    public async Task Login_StartsANewSession_AndTheAnonymousFormTokenStopsWorking()
    {
        using var session = app.CreateSession();
        var (loginPage, document) = await session.GetAsync("/inloggen");
        // Nothing to fixate: before login there is no session cookie at all.
        Assert.DoesNotContain(loginPage.Headers.TryGetValues("Set-Cookie", out var before) ? before : [], c => c.StartsWith("oh.sessie=", StringComparison.Ordinal));
        var anonymousToken = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var first = await session.LoginAsync("consulent@voorbeeld.nl", WebSession.DemoPassword);
        using var other = app.CreateSession();
        var second = await other.LoginAsync("consulent@voorbeeld.nl", WebSession.DemoPassword);

        // Each login gets a session of its own, never a value seen before.
        Assert.NotEqual(SessionCookie(first), SessionCookie(second));
        // The security context is renewed too: a form token from before login is refused afterwards.
        var stale = await session.PostAsync("/uitloggen", ("__RequestVerificationToken", anonymousToken));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/")).Response.StatusCode);
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("oh.sessie=", StringComparison.Ordinal)).Split(';')[0]["oh.sessie=".Length..];

    [Fact]
    public async Task AuthCookie_IsHttpOnlyAndSameSiteLax()
    {
        using var session = app.CreateSession();

        var response = await session.LoginAsync("consulent@voorbeeld.nl", WebSession.DemoPassword);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("oh.sessie=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task DeactivateAsync(ApplicationUser user)
    {
        await app.QueryAsync(async db =>
        {
            var tracked = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == user.Id);
            tracked.Deactivate(Guid.NewGuid(), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
    }

    private enum KeyDerivationPrfFromHeader
    {
        HmacSha1 = 0,
        HmacSha256 = 1,
        HmacSha512 = 2,
    }
}
