using System.Net;
using System.Web;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.TestIdentityProvider;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Account;
using static OmgekeerdHandhaven.IntegrationTests.Infrastructure.GemeenteAccountFixture;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// Inloggen met uw gemeente-account against a real OpenID Connect provider over HTTP: the code flow with PKCE, the
/// ID token refused when its issuer, audience, nonce, lifetime or the state is wrong, roles from groups at every
/// sign-in, logout at the provider too, passwords switched off but for the noodaccount, and never into another gemeente.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class GemeenteAccountTests(AppFactory app, GemeenteAccountFixture idp, SessionLifetimeApp later)
    : IClassFixture<GemeenteAccountFixture>, IClassFixture<SessionLifetimeApp>
{
    [Fact]
    public async Task FirstSignIn_RunsTheCodeFlowWithPkce_MakesTheAccount_AndTakesTheRolesFromTheGroups()
    {
        await idp.ConnectAsync(app, Utrecht);
        var person = idp.NewPerson(Utrecht, IdpFault.None, HandhaverGroup, BeslisserGroup, "een-groep-zonder-rol");
        using var session = app.CreateSession();

        var (page, loginPage) = await session.GetAsync($"/g/{Utrecht}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // The browser follows the form's redirect to the provider only when the page's CSP names it in form-action.
        var provider = idp.Provider.Authority.GetLeftPart(UriPartial.Authority);
        Assert.Contains(provider, FormAction(page), StringComparison.Ordinal);
        Assert.Contains("Inloggen met uw gemeente-account", loginPage.QuerySelector($"form[action='/g/{Utrecht}/gemeente-account'] button")?.TextContent, StringComparison.Ordinal);
        var challenge = await session.SubmitAsync($"/g/{Utrecht}", $"/g/{Utrecht}/gemeente-account");
        var authorize = HttpUtility.ParseQueryString(challenge.Headers.Location!.Query);
        Assert.StartsWith(idp.Provider.Authority + "connect/authorize", challenge.Headers.Location.ToString(), StringComparison.Ordinal);
        Assert.Equal("code", authorize["response_type"]);
        Assert.Equal("S256", authorize["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(authorize["code_challenge"]));
        Assert.Equal(ClientId(Utrecht), authorize["client_id"]);

        using var signedIn = app.CreateSession();
        var home = await idp.SignInAsync(signedIn, Utrecht, person);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Mijn werk", (await WebSession.ParseAsync(home)).QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(provider, FormAction(home), StringComparison.Ordinal); // the Uitloggen button

        var user = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == person.Email));
        Assert.Equal(await MunicipalityIdAsync(Utrecht), user.MunicipalityId);
        Assert.Null(user.PasswordHash);
        Assert.False(user.MustChangePassword);
        Assert.Equal([Roles.Beslisser, Roles.Handhaver], await RolesAsync(user.Id));
        Assert.True(await app.QueryAsync(db => db.UserLogins.AnyAsync(l => l.UserId == user.Id && l.ProviderKey == person.Subject)));
        Assert.Contains("Ingelogd met het gemeente-account.", await LogboekAsync(user.Id));
    }

    [Theory]
    [InlineData(IdpFault.WrongIssuer)]
    [InlineData(IdpFault.WrongAudience)]
    [InlineData(IdpFault.WrongNonce)]
    [InlineData(IdpFault.Expired)]
    public async Task AnIdTokenWithTheWrongIssuerAudienceNonceOrLifetime_IsRefused_AndNothingIsMade(IdpFault fault)
    {
        await idp.ConnectAsync(app, Utrecht);
        var person = idp.NewPerson(Utrecht, fault, HandhaverGroup);
        using var session = app.CreateSession();

        var answer = await idp.SignInAsync(session, Utrecht, person);

        await AssertRefusedAsync(session, answer, GemeenteAccountActions.FailedMessage);
        Assert.False(await app.QueryAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == person.Email)));
    }

    [Fact]
    public async Task ACallbackWithAnotherState_IsRefused()
    {
        await idp.ConnectAsync(app, Utrecht);
        var person = idp.NewPerson(Utrecht, IdpFault.None, HandhaverGroup);
        using var session = app.CreateSession();

        var answer = await idp.SignInAsync(session, Utrecht, person, callback =>
        {
            var query = HttpUtility.ParseQueryString(callback.Query);
            query["state"] = "CfDJ8" + new string('A', 120);
            return new UriBuilder(callback) { Query = query.ToString() }.Uri;
        });

        await AssertRefusedAsync(session, answer, GemeenteAccountActions.FailedMessage);
    }

    [Fact]
    public async Task SomeoneRemovedFromTheGroups_IsRefusedAtTheNextSignIn_LosesTheRoles_AndTheirOtherSessionEnds()
    {
        await idp.ConnectAsync(app, Utrecht);
        var person = idp.NewPerson(Utrecht, IdpFault.None, HandhaverGroup);
        using var first = app.CreateSession();
        Assert.Equal(HttpStatusCode.OK, (await idp.SignInAsync(first, Utrecht, person)).StatusCode);

        idp.Provider.Directory.Put(person with { Groups = ["een-groep-zonder-rol"] });
        using var second = app.CreateSession();
        await AssertRefusedAsync(second, await idp.SignInAsync(second, Utrecht, person), GemeenteAccountActions.NoGroupMessage);

        var user = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == person.Email));
        Assert.Empty(await RolesAsync(user.Id));
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/")).Response.StatusCode);
    }

    [Fact]
    public async Task WithoutAMappedGroup_NoAccountIsMade()
    {
        await idp.ConnectAsync(app, Utrecht);
        var person = idp.NewPerson(Utrecht, IdpFault.None, "alleen-een-andere-groep");
        using var session = app.CreateSession();

        await AssertRefusedAsync(session, await idp.SignInAsync(session, Utrecht, person), GemeenteAccountActions.NoGroupMessage);
        Assert.False(await app.QueryAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == person.Email)));
    }

    [Fact]
    public async Task AnAddressTheAppCannotUse_IsARefusal_NotAnError()
    {
        await idp.ConnectAsync(app, Utrecht);
        var person = idp.PersonWithAddress($"dubbel-{Guid.NewGuid():N}@team@gm0344.example", [HandhaverGroup]);
        using var session = app.CreateSession();

        await AssertRefusedAsync(session, await idp.SignInAsync(session, Utrecht, person), GemeenteAccountActions.NotLinkedMessage);
    }

    [Fact]
    public async Task OneGemeentesProvider_NeverSignsAnyoneIntoAnother()
    {
        await idp.ConnectAsync(app, Utrecht);
        await idp.ConnectAsync(app, Rotterdam);
        var person = idp.NewPerson(Utrecht, IdpFault.None, HandhaverGroup);
        using var utrecht = app.CreateSession();
        Assert.Equal(HttpStatusCode.OK, (await idp.SignInAsync(utrecht, Utrecht, person)).StatusCode);

        // The same person at the same provider, through Rotterdam's client: their address belongs to Utrecht.
        using var rotterdam = app.CreateSession();
        await AssertRefusedAsync(rotterdam, await idp.SignInAsync(rotterdam, Rotterdam, person), GemeenteAccountActions.NotLinkedMessage);

        // Utrecht's answer delivered at Rotterdam's callback: Rotterdam's scheme cannot even read its state.
        using var crossed = app.CreateSession();
        var answer = await idp.SignInAsync(crossed, Utrecht, person,
            callback => new UriBuilder(callback) { Path = callback.AbsolutePath.Replace(Utrecht, Rotterdam, StringComparison.Ordinal) }.Uri);
        await AssertRefusedAsync(crossed, answer, GemeenteAccountActions.FailedMessage);
        Assert.Equal(await MunicipalityIdAsync(Utrecht), await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == person.Email).Select(u => u.MunicipalityId).SingleAsync()));
    }

    [Fact]
    public async Task LoggingOut_EndsTheProvidersSessionToo()
    {
        await idp.ConnectAsync(app, Utrecht);
        var person = idp.NewPerson(Utrecht, IdpFault.None, HandhaverGroup);
        using var session = app.CreateSession();
        Assert.Equal(HttpStatusCode.OK, (await idp.SignInAsync(session, Utrecht, person)).StatusCode);
        var signOutsBefore = idp.Provider.SignOuts;

        var logout = await session.PostWithSessionTokenAsync("/uitloggen");
        var endSession = logout.Headers.Location!;
        Assert.StartsWith(idp.Provider.Authority + "connect/endsession", endSession.ToString(), StringComparison.Ordinal);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = await browser.GetAsync(endSession);
        Assert.Equal(new Uri("http://localhost/signout-callback-oidc/" + Utrecht), new Uri(back.Headers.Location!.GetLeftPart(UriPartial.Path)));
        Assert.Equal("/inloggen", (await session.Client.GetAsync(back.Headers.Location.PathAndQuery)).Headers.Location?.OriginalString);

        Assert.Equal(signOutsBefore + 1, idp.Provider.SignOuts);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/")).Response.StatusCode);
    }

    [Fact]
    public async Task WithPasswordsSwitchedOff_OnlyTheNoodaccountUsesOne_AndTheAddressAloneLeadsToTheProvider()
    {
        const string Password = "Noodaccount-wachtwoord-2026!";
        await idp.ConnectAsync(app, Rotterdam);
        var noodaccount = await app.CreateUserAsync(Rotterdam, Password, Roles.Beheerder);
        var colleague = await app.CreateUserAsync(Rotterdam, Password, Roles.Handhaver);
        await idp.ConnectAsync(app, Rotterdam, p => p.Configure(p.Authority, p.ClientId, null, p.GroupsClaim, p.GroupsPerRole, p.EmailDomains, p.CreatesUsers,
            localPasswordsAllowed: false, breakGlassUserId: noodaccount.Id));
        try
        {
            using var refused = app.CreateSession();
            var answer = await refused.LoginAsync(colleague.Email!, Password);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Contains(AccountController.LoginFailedMessage, (await WebSession.ParseAsync(answer)).Body!.TextContent, StringComparison.Ordinal);

            using var breakGlass = app.CreateSession();
            await breakGlass.LoginSuccessfullyAsync(noodaccount.Email!, Password);

            // An address in the gemeente's domain without a password: straight to the provider, the address as a hint.
            using var byAddress = app.CreateSession();
            var challenge = await byAddress.LoginAsync("iemand@" + Rotterdam.ToLowerInvariant() + ".example", string.Empty);
            Assert.StartsWith(idp.Provider.Authority + "connect/authorize", challenge.Headers.Location?.ToString(), StringComparison.Ordinal);
            Assert.Equal("iemand@" + Rotterdam.ToLowerInvariant() + ".example", HttpUtility.ParseQueryString(challenge.Headers.Location!.Query)["login_hint"]);

            // The noodaccount cannot be deactivated or lose Beheerder while it is the gemeente's only way in by password.
            using var otherBeheerder = app.CreateSession();
            Assert.Equal(HttpStatusCode.OK, (await idp.SignInAsync(otherBeheerder, Rotterdam, idp.NewPerson(Rotterdam, IdpFault.None, BeheerderGroup))).StatusCode);
            var deactivate = await otherBeheerder.SubmitAsync($"/beheer/gebruikers/{noodaccount.Id}/deactiveren", $"/beheer/gebruikers/{noodaccount.Id}/deactiveren");
            Assert.Equal($"/beheer/gebruikers/{noodaccount.Id}", deactivate.Headers.Location?.OriginalString); // back, with the reason
            Assert.Contains("noodaccount", (await otherBeheerder.GetAsync(deactivate.Headers.Location!.OriginalString)).Document.Body!.TextContent, StringComparison.Ordinal);
            var demote = await otherBeheerder.SubmitAsync($"/beheer/gebruikers/{noodaccount.Id}", $"/beheer/gebruikers/{noodaccount.Id}",
                ("DisplayName", "Noodaccount"), ("Roles", Roles.Handhaver));
            Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
            Assert.Contains("noodaccount", (await WebSession.ParseAsync(demote)).QuerySelector("#Roles-fout")?.TextContent, StringComparison.Ordinal);
            Assert.True(await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == noodaccount.Id).Select(u => u.IsActive).SingleAsync()));
            Assert.Equal([Roles.Beheerder], await RolesAsync(noodaccount.Id));
        }
        finally
        {
            await idp.ConnectAsync(app, Rotterdam);
        }
    }

    [Fact]
    public async Task TheBeheerder_ConnectsTheProvider_TheSecretIsNeverShownAgain_AndBadSettingsAreRefusedNextToTheField()
    {
        const string Code = "GM0153"; // a gemeente of its own: this test connects its provider through the screen
        const string Password = "Beheer-inloggen-2026!";
        await app.QueryAsync(async db =>
        {
            if (!await db.Municipalities.AnyAsync(m => m.Code == Code))
            {
                db.Municipalities.Add(new Municipality("Gemeente " + Code, Code));
                await db.SaveChangesAsync();
            }

            return true;
        });
        var beheerder = await app.CreateUserAsync(Code, Password, Roles.Beheerder);
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync(beheerder.Email!, Password);
        var (_, page) = await admin.GetAsync("/beheer/inloggen");
        Assert.Equal("http://localhost/signin-oidc/" + Code, page.QuerySelector("[data-testid=redirect-uri]")?.TextContent);

        var refused = await admin.SubmitAsync("/beheer/inloggen", "/beheer/inloggen/gemeente-account",
            ("Provider.Authority", "http://idp.voorbeeld.nl/"), ("Provider.ClientId", "dilemmaregister"), ("Provider.GroupsClaim", "groups"),
            ("Provider.LocalPasswordsAllowed", "false"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await WebSession.ParseAsync(refused);
        Assert.Contains("https-adres", errors.QuerySelector("#Provider_Authority-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("minstens één rol", errors.QuerySelector("#Provider_HandhaverGroups-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("noodaccount", errors.QuerySelector("#Provider_BreakGlassUserId-fout")?.TextContent, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.SignInProviders.IgnoreQueryFilters().AnyAsync(p => db.Municipalities.Any(m => m.Id == p.MunicipalityId && m.Code == Code))));

        var saved = await admin.SubmitAsync("/beheer/inloggen", "/beheer/inloggen/gemeente-account",
            ("Provider.Authority", idp.Provider.Authority.ToString()), ("Provider.ClientId", "dilemmaregister-gm0153"), ("Provider.ClientSecret", "het-geheim-van-gm0153"),
            ("Provider.GroupsClaim", "groups"), ("Provider.BeheerderGroups", BeheerderGroup + "\n" + "tweede-beheergroep"), ("Provider.EmailDomains", "gm0153.example"),
            ("Provider.CreatesUsers", "true"), ("Provider.LocalPasswordsAllowed", "true")); // the ticked boxes, as a browser posts them
        Assert.Equal("/beheer/inloggen", saved.Headers.Location?.OriginalString);
        var stored = await app.QueryAsync(db => db.SignInProviders.IgnoreQueryFilters().SingleAsync(p => p.ClientId == "dilemmaregister-gm0153"));
        Assert.Equal([BeheerderGroup, "tweede-beheergroep"], stored.BeheerderGroups);
        Assert.DoesNotContain("het-geheim-van-gm0153", stored.ProtectedClientSecret, StringComparison.Ordinal);

        var (_, again) = await admin.GetAsync("/beheer/inloggen");
        Assert.DoesNotContain("het-geheim-van-gm0153", again.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal("Nieuw clientgeheim", again.QuerySelector("label[for=Provider_ClientSecret]")?.TextContent.Trim());

        // Another gemeente's e-mail domain cannot be claimed.
        await idp.ConnectAsync(app, Utrecht);
        var taken = await admin.SubmitAsync("/beheer/inloggen", "/beheer/inloggen/gemeente-account",
            ("Provider.Authority", idp.Provider.Authority.ToString()), ("Provider.ClientId", "dilemmaregister-gm0153"), ("Provider.GroupsClaim", "groups"),
            ("Provider.BeheerderGroups", BeheerderGroup), ("Provider.EmailDomains", Utrecht.ToLowerInvariant() + ".example"),
            ("Provider.CreatesUsers", "true"), ("Provider.LocalPasswordsAllowed", "true"));
        Assert.Contains("andere gemeente", (await WebSession.ParseAsync(taken)).QuerySelector("#Provider_EmailDomains-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Inloggen met het gemeente-account ingesteld.", await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(e => e.Action == AuditActions.LoginSettingsChanged && e.EntityKey == Code).Select(e => e.Summary).ToListAsync()));
    }

    [Fact]
    public async Task AnAccountTheBeheerderMadeBefore_IsLinkedAtTheFirstSignIn_AsksNoPasswordChange_AndNoLongerUsesItsPassword()
    {
        await idp.ConnectAsync(app, Utrecht);
        var made = await app.CreateUserAsync(Utrecht, "Eenmalig-wachtwoord-2026!", Roles.Handhaver);
        await app.QueryAsync(async db =>
        {
            var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == made.Id);
            user.PasswordResetByAdministrator(); // still the one-time password a Beheerder handed out
            return await db.SaveChangesAsync();
        });
        var person = idp.PersonWithAddress(made.Email!, [HandhaverGroup]);

        using var session = app.CreateSession();
        var home = await idp.SignInAsync(session, Utrecht, person);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode); // Mijn werk, not the change-password page
        Assert.True(await app.QueryAsync(db => db.UserLogins.AnyAsync(l => l.UserId == made.Id && l.ProviderKey == person.Subject)));

        // Linked, the password no longer opens it: someone the provider stops letting in stays out.
        using var byPassword = app.CreateSession();
        Assert.Equal(HttpStatusCode.BadRequest, (await byPassword.LoginAsync(made.Email!, "Eenmalig-wachtwoord-2026!")).StatusCode);
    }

    [Fact]
    public async Task AnIdentityWithoutARole_NeitherLinksNorTouchesTheAccountWithItsAddress_AndTheNoodaccountIsNeverLinked()
    {
        const string Password = "Niet-koppelen-2026!";
        await idp.ConnectAsync(app, Rotterdam);
        var colleague = await app.CreateUserAsync(Rotterdam, Password, Roles.Beheerder);
        var noodaccount = await app.CreateUserAsync(Rotterdam, Password, Roles.Beheerder);
        await idp.ConnectAsync(app, Rotterdam, p => p.Configure(p.Authority, p.ClientId, null, p.GroupsClaim, p.GroupsPerRole, p.EmailDomains, p.CreatesUsers,
            localPasswordsAllowed: true, breakGlassUserId: noodaccount.Id));
        try
        {
            using var withoutRole = app.CreateSession();
            await AssertRefusedAsync(withoutRole, await idp.SignInAsync(withoutRole, Rotterdam, idp.PersonWithAddress(colleague.Email!, ["geen-rol"])),
                GemeenteAccountActions.NoGroupMessage);
            Assert.Equal([Roles.Beheerder], await RolesAsync(colleague.Id));
            Assert.False(await app.QueryAsync(db => db.UserLogins.AnyAsync(l => l.UserId == colleague.Id)));

            using var asNoodaccount = app.CreateSession();
            await AssertRefusedAsync(asNoodaccount, await idp.SignInAsync(asNoodaccount, Rotterdam, idp.PersonWithAddress(noodaccount.Email!, [BeheerderGroup])),
                GemeenteAccountActions.NotLinkedMessage);
            Assert.False(await app.QueryAsync(db => db.UserLogins.AnyAsync(l => l.UserId == noodaccount.Id)));
        }
        finally
        {
            await idp.ConnectAsync(app, Rotterdam);
        }
    }

    [Fact]
    public async Task WhereTheGemeenteAsksASecondFactor_ABeslisserWhoseProviderSignInHadNone_IsRefused()
    {
        await idp.ConnectAsync(app, Utrecht);
        var person = idp.PersonWithAddress($"zonder-mfa-{Guid.NewGuid():N}"[..20] + "@gm0344.example", [BeslisserGroup], secondFactor: false);
        using var session = app.CreateSession();

        await AssertRefusedAsync(session, await idp.SignInAsync(session, Utrecht, person), GemeenteAccountActions.SecondStepMessage);
        Assert.False(await app.QueryAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == person.Email)));
    }

    [Fact]
    public async Task AProviderThatCannotBeReached_GivesTheLoginPageWithAMessage_NotAnErrorPage()
    {
        const string Code = "GM0363";
        await idp.ConnectAsync(app, Code, p => p.Configure("http://127.0.0.1:9/", p.ClientId, null, p.GroupsClaim, p.GroupsPerRole, [], p.CreatesUsers, true, null));
        using var session = app.CreateSession();

        var answer = await session.SubmitAsync($"/g/{Code}", $"/g/{Code}/gemeente-account");

        Assert.Equal("/inloggen", answer.Headers.Location?.OriginalString);
        var (_, page) = await session.GetAsync("/inloggen");
        Assert.Contains(OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn.ProviderRedirectResult.Unreachable, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loskoppelen_AsksFirst_SignsOutWhoUsedIt_AndTheyNeedANewPassword()
    {
        await idp.ConnectAsync(app, Rotterdam);
        var person = idp.NewPerson(Rotterdam, IdpFault.None, HandhaverGroup);
        using var colleague = app.CreateSession();
        Assert.Equal(HttpStatusCode.OK, (await idp.SignInAsync(colleague, Rotterdam, person)).StatusCode);
        const string Password = "Loskoppelen-2026!";
        var beheerder = await app.CreateUserAsync(Rotterdam, Password, Roles.Beheerder);
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync(beheerder.Email!, Password);
        const string Confirm = "/beheer/inloggen/gemeente-account/loskoppelen";

        var (_, settings) = await admin.GetAsync("/beheer/inloggen");
        Assert.NotNull(settings.QuerySelector($"a[href='{Confirm}']"));
        var (_, asked) = await admin.GetAsync(Confirm);
        Assert.Contains("nu alleen met het gemeente-account in", asked.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await app.QueryAsync(db => db.SignInProviders.IgnoreQueryFilters().SingleOrDefaultAsync(p => db.Municipalities.Any(m => m.Id == p.MunicipalityId && m.Code == Rotterdam))));

        var done = await admin.SubmitAsync(Confirm, Confirm);

        Assert.Equal("/beheer/inloggen", done.Headers.Location?.OriginalString);
        Assert.Null(await app.QueryAsync(db => db.SignInProviders.IgnoreQueryFilters().SingleOrDefaultAsync(p => db.Municipalities.Any(m => m.Id == p.MunicipalityId && m.Code == Rotterdam))));
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.GetAsync("/")).Response.StatusCode);
        var user = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == person.Email));
        Assert.Null(user.PasswordHash);
        Assert.False(await app.QueryAsync(db => db.UserLogins.AnyAsync(l => l.UserId == user.Id)));
        var (_, login) = await app.CreateSession().GetAsync($"/g/{Rotterdam}");
        Assert.Null(login.QuerySelector($"form[action='/g/{Rotterdam}/gemeente-account']"));
        Assert.Contains(await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => e.EntityKey == Rotterdam).Select(e => e.Summary).ToListAsync()),
            s => s.StartsWith("Gemeente-account losgekoppeld;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Confirm)).Response.StatusCode);
    }

    [Fact]
    public async Task ASessionBegunWithTheGemeenteAccount_EndsTenHoursAfterTheProvidersSignIn_HoweverActive_APasswordSessionDoesNot()
    {
        await idp.ConnectAsync(later, Utrecht);
        var person = idp.NewPerson(Utrecht, IdpFault.None, HandhaverGroup);
        using var withProvider = later.CreateSession();
        Assert.Equal(HttpStatusCode.OK, (await idp.SignInAsync(withProvider, Utrecht, person)).StatusCode);
        const string Password = "Sessieduur-2026!";
        var colleague = await later.CreateUserAsync("GM0000", Password, Roles.Consulent);
        using var withPassword = later.CreateSession();
        await withPassword.LoginSuccessfullyAsync(colleague.Email!, Password);

        // Busy all day: a page every four hours keeps both sessions (and the session checks keep the sign-in time).
        foreach (var _ in new[] { 1, 2 })
        {
            later.Clock.Advance(TimeSpan.FromHours(4));
            Assert.Equal(HttpStatusCode.OK, (await withProvider.GetAsync("/")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await withPassword.GetAsync("/")).Response.StatusCode);
        }

        later.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        var (ended, _) = await withProvider.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("/inloggen", ended.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await withPassword.GetAsync("/")).Response.StatusCode);
    }

    private static string FormAction(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single().Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("form-action ", StringComparison.Ordinal));

    /// <summary>Back at the login page with the reason in Dutch, and not signed in.</summary>
    private static async Task AssertRefusedAsync(WebSession session, HttpResponseMessage answer, string message)
    {
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await WebSession.ParseAsync(answer);
        Assert.Equal("Inloggen", page.QuerySelector("h1")?.TextContent);
        Assert.Contains(message, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/")).Response.StatusCode);
    }

    private Task<Guid> MunicipalityIdAsync(string code) =>
        app.QueryAsync(db => db.Municipalities.Where(m => m.Code == code).Select(m => m.Id).SingleAsync());

    private Task<List<string>> RolesAsync(Guid userId) =>
        app.QueryAsync(db => db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToListAsync());

    private Task<List<string>> LogboekAsync(Guid userId) =>
        app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => e.EntityKey == userId.ToString()).Select(e => e.Summary).ToListAsync());
}
