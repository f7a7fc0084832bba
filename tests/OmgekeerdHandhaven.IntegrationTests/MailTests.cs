using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// E-mail through a real SMTP server (smtp4dev): written to the outbox in the same save as the melding, sent once by
/// the worker, with the dilemma's number, title and a link — never the comment or any other case text.
/// </summary>
public sealed class MailTests(MailAppFactory app) : IClassFixture<MailAppFactory>
{
    [Fact]
    public async Task AComment_MailsTheAuthorOnce_WithNumberTitleAndLink_ButNotTheCommentItself()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true);
        const string Question = "Weet de jeugdhulpverlener al van de hennepkwekerij op zolder?";

        var comment = await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", Question), ("Kind", "Question"));
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);

        var mail = await ArrivedAsync("handhaver@voorbeeld.nl", number);
        Assert.Equal($"Nieuwe reactie (vraag) bij uw dilemma {number}.", mail.Subject);
        var source = await app.SourceAsync(mail.Id);
        var message = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(source)));
        var bodies = message.TextBody + "\n" + message.HtmlBody;
        var (_, dilemmaPage) = await handhaver.GetAsync($"/dilemmas/{number}");
        Assert.Contains(dilemmaPage.QuerySelector("h1")!.TextContent, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://dilemmaregister.gemeente.example/dilemmas/{number}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://dilemmaregister.gemeente.example/dilemmas/{number}\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("hennepkwekerij op zolder", bodies, StringComparison.Ordinal);
        Assert.DoesNotContain("hennepkwekerij op zolder", source, StringComparison.Ordinal);

        // Sent once: the worker keeps polling, nothing more arrives, and the outbox says when it went.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await app.MessagesToAsync("handhaver@voorbeeld.nl"), m => m.Subject.Contains(number, StringComparison.Ordinal));
        Assert.NotNull(await app.QueryAsync(db => db.OutboxMessages.IgnoreQueryFilters()
            .Where(m => m.Subject == mail.Subject).Select(m => m.SentAt).SingleAsync()));
    }

    [Fact]
    public async Task NobodyIsMailedAboutTheirOwnComment_AndADeactivatedColleagueGetsNothing()
    {
        const string Password = "Mail-test-2026!";
        var author = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var authorSession = app.CreateSession();
        await authorSession.LoginSuccessfullyAsync(author.Email!, Password);
        var number = await DilemmaSteps.CreateHennepAsync(authorSession, app, submit: true);
        await authorSession.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Aanvulling van mijzelf."), ("Kind", "Remark"));

        await app.QueryAsync(async db =>
        {
            var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == author.Id);
            user.Deactivate(Guid.NewGuid());
            return await db.SaveChangesAsync();
        });
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Een vraag aan een oud-collega."), ("Kind", "Question"));

        var given = await WaitForAsync(() => app.QueryAsync(db => db.OutboxMessages.IgnoreQueryFilters()
            .Where(m => m.RecipientId == author.Id).Select(m => new { m.FailedAt, m.LastError }).ToListAsync()), rows => rows.Count == 1 && rows[0].FailedAt is not null);
        Assert.Equal("De ontvanger heeft geen actief account meer.", given[0].LastError);
        Assert.Empty(await app.MessagesToAsync(author.Email!));
    }

    private async Task<(string Id, string Subject)> ArrivedAsync(string address, string number)
    {
        var messages = await WaitForAsync(() => app.MessagesToAsync(address), found => found.Any(m => m.Subject.Contains(number, StringComparison.Ordinal)));
        return messages.Single(m => m.Subject.Contains(number, StringComparison.Ordinal));
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 60 && !done(value); i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            value = await read();
        }

        Assert.True(done(value), "waited 30 s for the outbox worker");
        return value;
    }
}
