using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// Volgen: the author, commenters and agreement owners follow a dilemma by default and hear of its reacties, return and
/// decision; "Niet meer volgen" stops that and is not undone by reacting again. A question that gets its first reactie
/// from someone else is "beantwoord"; "@Naam" in a reactie tells that colleague — only colleagues of the own gemeente.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class FollowAndMentionTests(AppFactory app)
{
    private const string Password = "Volgen-test-2026!";

    [Fact]
    public async Task ACommenterFollows_HearsOfTheDecision_UntilNietMeerVolgen_WhichReactingAgainDoesNotUndo()
    {
        var (author, authorSession, number) = await NewDilemmaAsync();
        var (colleague, colleagueSession) = await NewColleagueAsync(Roles.Consulent);
        var (other, otherSession) = await NewColleagueAsync(Roles.Consulent);
        await CommentAsync(colleagueSession, number, "De jeugdhulpverlener is ingelicht.", "Remark");
        await CommentAsync(otherSession, number, "Let op de veiligheid van de kinderen.", "Risk");

        // The first follower hears of the second one's reactie; the author of both.
        Assert.Equal([$"Nieuwe reactie (risico) bij dilemma {number}, dat u volgt."], await MeldingenAsync(colleague.Id, number, NotificationKind.Commented));
        Assert.Equal(2, (await MeldingenAsync(author.Id, number, NotificationKind.Commented)).Count);
        var (_, page) = await colleagueSession.GetAsync($"/dilemmas/{number}");
        Assert.Equal("Niet meer volgen", page.QuerySelector("#volgen button")!.TextContent.Trim());

        var unfollow = await colleagueSession.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/niet-meer-volgen");
        Assert.Equal(HttpStatusCode.Redirect, unfollow.StatusCode);
        await CommentAsync(colleagueSession, number, "Nog een aanvulling.", "Remark");
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        await DilemmaSteps.DecideAsync(beslisser, number, ("Solution", "Jeugdhulp krijgt zes weken."), ("Rationale", "Niet wegkijken, niet breken."));

        Assert.Empty(await MeldingenAsync(colleague.Id, number, NotificationKind.Decided));
        Assert.Equal([$"Over dilemma {number}, dat u volgt, is besloten."], await MeldingenAsync(other.Id, number, NotificationKind.Decided));
        Assert.Equal([$"Over uw dilemma {number} is besloten."], await MeldingenAsync(author.Id, number, NotificationKind.Decided));
        (_, page) = await colleagueSession.GetAsync($"/dilemmas/{number}");
        Assert.Equal("Volgen", page.QuerySelector("#volgen button")!.TextContent.Trim());
        _ = authorSession;
    }

    [Fact]
    public async Task AnAuthorWhoStoppedFollowing_StillHearsTheDilemmaWasSentBack_TheyAreTheOneToActOnIt()
    {
        var (author, authorSession, number) = await NewDilemmaAsync();
        await authorSession.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/niet-meer-volgen");
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");

        var returned = await beslisser.SubmitAsync($"/dilemmas/{number}/terugsturen", $"/dilemmas/{number}/terugsturen", ("Reason", "Beschrijf eerst wat jeugdhulp al deed."));

        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal([$"Uw dilemma {number} is teruggestuurd."], await MeldingenAsync(author.Id, number, NotificationKind.Returned));
    }

    [Fact]
    public async Task AQuestion_IsAnsweredByTheFirstReactieOfSomeoneElse_Once()
    {
        var (_, authorSession, number) = await NewDilemmaAsync();
        var (asker, askerSession) = await NewColleagueAsync(Roles.Consulent);
        await CommentAsync(askerSession, number, "Is er al contact met de jeugdhulpverlener?", "Question");
        await CommentAsync(askerSession, number, "En met de woningcorporatie?", "Remark");
        Assert.Empty(await MeldingenAsync(asker.Id, number, NotificationKind.QuestionAnswered));

        await CommentAsync(authorSession, number, "Ja, vorige week.", "Remark");
        await CommentAsync(authorSession, number, "De corporatie weet het ook.", "Remark");

        Assert.Equal([$"Er is gereageerd op uw vraag bij dilemma {number}."], await MeldingenAsync(asker.Id, number, NotificationKind.QuestionAnswered));
        // The answer itself is not also a "nieuwe reactie"; the reactie after it is.
        Assert.Single(await MeldingenAsync(asker.Id, number, NotificationKind.Commented));
    }

    [Fact]
    public async Task AnAtName_TellsThatColleague_OnlyOnTheWholeName_AndNeverSomeoneOfAnotherGemeente()
    {
        var (_, authorSession, number) = await NewDilemmaAsync();
        var (named, _) = await NewColleagueAsync(Roles.Consulent, "Yusuf Demir");
        var (almost, _) = await NewColleagueAsync(Roles.Consulent, "Yusuf Demirel");
        var elsewhere = await app.CreateUserAsync("GM9999", Password, Roles.Consulent);
        await RenameAsync(elsewhere.Id, "Yusuf Demir");

        await CommentAsync(authorSession, number, "@yusuf demir, kun jij de uitkering nakijken? Mail staat op naam@yusuf demir niet.", "Question");

        Assert.Equal([$"U wordt genoemd in een reactie bij dilemma {number}."], await MeldingenAsync(named.Id, number, NotificationKind.Mentioned));
        Assert.Empty(await MeldingenAsync(almost.Id, number, NotificationKind.Mentioned));
        Assert.Empty(await app.QueryAsync(db => db.Notifications.IgnoreQueryFilters().Where(n => n.RecipientId == elsewhere.Id).ToListAsync()));
    }

    [Fact]
    public async Task Suggestions_NameActiveColleaguesOfTheOwnGemeente_ByTheStartOfAnyWordOfTheirName()
    {
        var (_, session) = await NewColleagueAsync(Roles.Handhaver);
        var (_, _) = await NewColleagueAsync(Roles.Consulent, "Noor van Wijngaarden");
        var (gone, _) = await NewColleagueAsync(Roles.Consulent, "Noor Wijnands");
        await app.QueryAsync(async db =>
        {
            var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == gone.Id);
            user.Deactivate(Guid.NewGuid(), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var elsewhere = await app.CreateUserAsync("GM9999", Password, Roles.Consulent);
        await RenameAsync(elsewhere.Id, "Noor Wijnberg");

        Assert.Contains("Noor van Wijngaarden", await SuggestAsync(session, "wijn"));
        Assert.Contains("Noor van Wijngaarden", await SuggestAsync(session, "noor v"));
        Assert.DoesNotContain("Noor Wijnands", await SuggestAsync(session, "wijn"));
        Assert.DoesNotContain("Noor Wijnberg", await SuggestAsync(session, "wijn"));
        Assert.Empty(await SuggestAsync(session, "%"));
        Assert.Empty(await SuggestAsync(session, ""));
    }

    private static async Task<List<string>> SuggestAsync(WebSession session, string term)
    {
        var response = await session.Client.GetAsync("/collegas?zoek=" + Uri.EscapeDataString(term));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.EnumerateArray().Select(e => e.GetProperty("naam").GetString()!)];
    }

    private async Task<(ApplicationUser User, WebSession Session, string Number)> NewDilemmaAsync()
    {
        var (user, session) = await NewColleagueAsync(Roles.Handhaver);
        return (user, session, await DilemmaSteps.CreateHennepAsync(session, app, submit: true));
    }

    private async Task<(ApplicationUser User, WebSession Session)> NewColleagueAsync(string role, string? name = null)
    {
        var user = await app.CreateUserAsync("GM0000", Password, role);
        if (name is not null)
        {
            await RenameAsync(user.Id, name);
        }

        var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, Password);
        return (user, session);
    }

    private Task<int> RenameAsync(Guid userId, string name) =>
        app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, name)));

    private static async Task CommentAsync(WebSession session, string number, string body, string kind)
    {
        var response = await session.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", body), ("Kind", kind));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<List<string>> MeldingenAsync(Guid userId, string number, NotificationKind kind) =>
        app.QueryAsync(db => db.Notifications.IgnoreQueryFilters().Where(n => n.RecipientId == userId && n.DilemmaNumber == number && n.Kind == kind)
            .OrderBy(n => n.CreatedAt).Select(n => n.Text).ToListAsync());
}
