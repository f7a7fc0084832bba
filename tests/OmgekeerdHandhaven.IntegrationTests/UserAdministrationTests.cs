using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class UserAdministrationTests(AppFactory app)
{
    private const string Password = "een lang testwachtwoord";

    [Fact]
    public async Task Beheerder_CreatesUserWithRoles_WhoMustChooseAPasswordAtFirstLogin()
    {
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var email = $"nieuw-{Guid.NewGuid():N}@voorbeeld.nl";

        var created = await admin.SubmitAsync("/beheer/gebruikers/nieuw", "/beheer/gebruikers/nieuw",
            ("DisplayName", "Nieuwe Collega"), ("Email", email), ("Roles", Roles.Handhaver), ("Roles", Roles.Beslisser));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var oneTimePassword = (await WebSession.ParseAsync(created)).QuerySelector("[data-testid=eenmalig-wachtwoord]")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(oneTimePassword));
        var stored = await app.QueryAsync(db => db.Users.IgnoreQueryFilters()
            .Where(u => u.Email == email)
            .Select(u => new { u.MunicipalityId, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList() })
            .SingleAsync());
        var voorbeeldId = await app.QueryAsync(db => db.Municipalities.Where(m => m.Code == "GM0000").Select(m => m.Id).SingleAsync());
        Assert.Equal(voorbeeldId, stored.MunicipalityId);
        Assert.Equal([Roles.Beslisser, Roles.Handhaver], stored.Roles.Order().ToList());

        using var newcomer = app.CreateSession();
        var login = await newcomer.LoginAsync(email, oneTimePassword!);
        Assert.Equal("/wachtwoord-wijzigen", login.Headers.Location?.OriginalString);
        var (home, _) = await newcomer.GetAsync("/");
        Assert.Equal("/wachtwoord-wijzigen", home.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CreateUser_WithAddressInUseInAnotherGemeente_IsRefusedAndNothingIsSaved()
    {
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var before = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().CountAsync());

        var response = await admin.SubmitAsync("/beheer/gebruikers/nieuw", "/beheer/gebruikers/nieuw",
            ("DisplayName", "Dubbel"), ("Email", "handhaver@anderdorp.nl"), ("Roles", Roles.Handhaver));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Dit e-mailadres is al in gebruik.", (await WebSession.ParseAsync(response)).QuerySelector("#Email-fout")?.TextContent);
        Assert.Equal(before, await app.QueryAsync(db => db.Users.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task CreateUser_WithoutRoleOrName_ShowsDutchErrorsAndKeepsTheInput()
    {
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        var response = await admin.SubmitAsync("/beheer/gebruikers/nieuw", "/beheer/gebruikers/nieuw", ("DisplayName", ""), ("Email", "collega@voorbeeld.nl"));
        var page = await WebSession.ParseAsync(response);

        Assert.Equal("Vul de naam in.", page.QuerySelector("#DisplayName-fout")?.TextContent);
        Assert.Equal("Kies minstens één rol.", page.QuerySelector("#Roles-fout")?.TextContent);
        Assert.Equal("collega@voorbeeld.nl", page.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.False(await app.QueryAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == "collega@voorbeeld.nl")));
    }

    [Fact]
    public async Task Beheerder_ChangesRoles_WhichTakeEffectForThatUser()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Consulent);
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        var response = await admin.SubmitAsync($"/beheer/gebruikers/{user.Id}", $"/beheer/gebruikers/{user.Id}",
            ("DisplayName", "Hernoemde Collega"), ("Roles", Roles.Beslisser));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, Password);
        // As a beslisser the gemeente asks a second factor of them first.
        Assert.Equal("/profiel/tweestapsverificatie", (await session.GetAsync("/")).Response.Headers.Location?.OriginalString);
        await session.SwitchOnSecondFactorAsync();
        var (_, home) = await session.GetAsync("/");
        Assert.Contains("als Beslisser", home.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hernoemde Collega", home.QuerySelector("header")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beheerder_CannotRemoveOwnBeheerderRole()
    {
        var self = await app.CreateUserAsync("GM0000", Password, Roles.Beheerder);
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync(self.Email!, Password);

        var response = await admin.SubmitAsync($"/beheer/gebruikers/{self.Id}", $"/beheer/gebruikers/{self.Id}",
            ("DisplayName", self.DisplayName), ("Roles", Roles.Handhaver));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("eigen rol Beheerder", (await WebSession.ParseAsync(response)).QuerySelector("#Roles-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/beheer/gebruikers")).Response.StatusCode);
    }

    [Fact]
    public async Task BeheerderOfGemeenteA_CannotSeeOrChangeUsersOfGemeenteB()
    {
        var userOfB = await app.CreateUserAsync("GM9999", Password, Roles.Handhaver);
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        var (list, listPage) = await admin.GetAsync("/beheer/gebruikers");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("handhaver@voorbeeld.nl", listPage.QuerySelector("table")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("anderdorp.nl", listPage.Body?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(userOfB.Email!, listPage.Body?.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/beheer/gebruikers/{userOfB.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/beheer/gebruikers/{userOfB.Id}/deactiveren")).Response.StatusCode);

        // Posting straight to B's user with a valid token from A's own page changes nothing either.
        var (_, ownPage) = await admin.GetAsync("/beheer/gebruikers/nieuw");
        var token = ownPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var edit = await admin.PostAsync($"/beheer/gebruikers/{userOfB.Id}", ("DisplayName", "Overgenomen"), ("Roles", Roles.Beheerder), ("__RequestVerificationToken", token));
        var deactivate = await admin.PostAsync($"/beheer/gebruikers/{userOfB.Id}/deactiveren", ("__RequestVerificationToken", token));
        var reset = await admin.PostAsync($"/beheer/gebruikers/{userOfB.Id}/wachtwoord-herstellen", ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deactivate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
        var after = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == userOfB.Id));
        Assert.Equal(userOfB.DisplayName, after.DisplayName);
        Assert.True(after.IsActive);
        Assert.Equal(userOfB.PasswordHash, after.PasswordHash);
    }

    [Theory]
    [InlineData("handhaver@voorbeeld.nl")]
    [InlineData("consulent@voorbeeld.nl")]
    [InlineData("beslisser@voorbeeld.nl")]
    public async Task NonBeheerder_GetsForbiddenOnBeheer(string email)
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(email);

        var (response, page) = await session.GetAsync("/beheer/gebruikers");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Geen toegang", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Beheerder_ResetsPassword_OldOneStopsWorking()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Consulent);
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        var response = await admin.SubmitAsync($"/beheer/gebruikers/{user.Id}/wachtwoord-herstellen", $"/beheer/gebruikers/{user.Id}/wachtwoord-herstellen");
        var oneTimePassword = (await WebSession.ParseAsync(response)).QuerySelector("[data-testid=eenmalig-wachtwoord]")?.TextContent;

        using var session = app.CreateSession();
        Assert.Equal(HttpStatusCode.BadRequest, (await session.LoginAsync(user.Email!, Password)).StatusCode);
        Assert.Equal("/wachtwoord-wijzigen", (await session.LoginAsync(user.Email!, oneTimePassword!)).Headers.Location?.OriginalString);
    }
}
