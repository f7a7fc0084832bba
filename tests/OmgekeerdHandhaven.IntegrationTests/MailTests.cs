using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        // The links work for their reader: each address in the mail, on this app, opens a page.
        var links = System.Text.RegularExpressions.Regex.Matches(message.TextBody!, @"https://dilemmaregister\.gemeente\.example(/[^\s]*)").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains($"/dilemmas/{number}", links);
        Assert.Contains("/profiel/e-mail", links);
        foreach (var path in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await handhaver.GetAsync(path)).Response.StatusCode);
        }
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
            user.Deactivate(Guid.NewGuid(), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Een vraag aan een oud-collega."), ("Kind", "Question"));
        Assert.Empty(await app.QueryAsync(db => db.Notifications.IgnoreQueryFilters().Where(n => n.RecipientId == author.Id).ToListAsync()));

        // A mail written just before the deactivation is not sent after it.
        await app.QueryAsync(async db =>
        {
            var municipalityId = await db.Users.IgnoreQueryFilters().Where(u => u.Id == author.Id).Select(u => u.MunicipalityId).SingleAsync();
            db.OutboxMessages.Add(new OutboxMessage(municipalityId, author.Id, NotificationKind.Decided, $"Over uw dilemma {number} is besloten.", null, null, "tekst", "<p>tekst</p>", app.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        var given = await WaitForAsync(() => app.QueryAsync(db => db.OutboxMessages.IgnoreQueryFilters()
            .Where(m => m.RecipientId == author.Id).Select(m => new { m.FailedAt, m.LastError }).ToListAsync()), rows => rows.Count == 1 && rows[0].FailedAt is not null);
        Assert.Equal("De ontvanger heeft geen actief account meer.", given[0].LastError);
        Assert.Empty(await app.MessagesToAsync(author.Email!));
    }

    [Fact]
    public async Task AMail_NamesItsOwnAfmeldlink_AndOneClickStopsThatKindWithoutLoggingIn()
    {
        var (author, authorSession, number) = await NewAuthorWithDilemmaAsync();
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Is de jeugdhulpverlener al ingelicht?"), ("Kind", "Question"));

        var mail = await ArrivedAsync(author.Email!, number);
        var message = await LoadAsync(mail.Id);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        var link = message.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.StartsWith("https://dilemmaregister.gemeente.example/e-mail/afmelden/", link, StringComparison.Ordinal);
        Assert.Contains("Afmelden: https://dilemmaregister.gemeente.example/e-mail/afmelden/", message.TextBody, StringComparison.Ordinal);
        var path = new Uri(link).AbsolutePath;

        // Opening the link (as a mail scanner does) changes nothing; it asks.
        using var stranger = app.CreateSession();
        var (opened, page) = await stranger.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("Wilt u geen e-mail meer over \"een reactie op een dilemma dat u volgt\"?", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await ChoiceStoredAsync(author.Id, NotificationKind.Commented));

        // A changed link does nothing either.
        using var tampered = new HttpRequestMessage(HttpMethod.Post, path[..^2] + (path[^2] == 'A' ? "BB" : "AA")) { Content = OneClick() };
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.SendAsync(tampered)).StatusCode);

        // A mail program's one-click POST: no cookie, no antiforgery token.
        using var oneClick = new HttpRequestMessage(HttpMethod.Post, path) { Content = OneClick() };
        var done = await app.CreateClient().SendAsync(oneClick);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("U bent afgemeld", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await ChoiceStoredAsync(author.Id, NotificationKind.Commented));

        // The next comment is a melding in the register but no mail; a decision still mails.
        await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Nog een vraag."), ("Kind", "Question"));
        await WaitForAsync(() => app.QueryAsync(db => db.OutboxMessages.IgnoreQueryFilters().CountAsync(m => m.RecipientId == author.Id && m.SentAt == null)), n => n == 0);
        Assert.Single(await app.MessagesToAsync(author.Email!));
        Assert.Equal(2, await app.QueryAsync(db => db.Notifications.IgnoreQueryFilters().CountAsync(n => n.RecipientId == author.Id && n.Kind == NotificationKind.Commented)));
        _ = authorSession;
    }

    [Fact]
    public async Task ADailyChoice_HoldsTheMessages_UntilOneOverviewAtSevenDutchTime()
    {
        var (author, authorSession, number) = await NewAuthorWithDilemmaAsync();
        var settings = await authorSession.SubmitAsync("/profiel/e-mail", "/profiel/e-mail", Choices(("Commented", "Daily")));
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Eerste vraag over de kwekerij."), ("Kind", "Question"));
        await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Tweede vraag over de kwekerij."), ("Kind", "Risk"));

        var held = await WaitForAsync(() => app.QueryAsync(db => db.OutboxMessages.IgnoreQueryFilters().Where(m => m.RecipientId == author.Id).ToListAsync()),
            rows => rows.Count == 2 && rows.All(m => m.Digest));
        var seven = Web.Features.Mail.MailTopics.NextOverview(app.Clock.GetUtcNow());
        Assert.All(held, m => Assert.Equal(seven, m.NextAttemptAt));
        Assert.Equal(7, Web.Infrastructure.DutchTime.Local(seven).Hour);
        Assert.Empty(await app.MessagesToAsync(author.Email!));

        app.Clock.SetUtcNow(seven.AddMinutes(1));

        var overview = (await WaitForAsync(() => app.MessagesToAsync(author.Email!), found => found.Count > 0)).Single();
        Assert.Equal("Uw dagelijks overzicht: 2 berichten uit het Dilemmaregister", overview.Subject);
        var message = await LoadAsync(overview.Id);
        Assert.Contains($"Nieuwe reactie (vraag) bij uw dilemma {number}.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Nieuwe reactie (risico) bij uw dilemma {number}.", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("kwekerij", message.TextBody + message.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://dilemmaregister.gemeente.example/e-mail/afmelden/", message.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await app.MessagesToAsync(author.Email!));
    }

    [Fact]
    public async Task TheSettingsPage_RefusesAnUnknownChoice_NextToTheField_AndChangesNothing()
    {
        var (author, authorSession, _) = await NewAuthorWithDilemmaAsync();

        var refused = await authorSession.SubmitAsync("/profiel/e-mail", "/profiel/e-mail", Choices(("Commented", "Elk uur"), ("Decided", "Never")));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Kies hoe u dit bericht wilt ontvangen.", page.QuerySelector("fieldset.utrecht-form-fieldset--invalid")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Een reactie op een dilemma dat u volgt", page.QuerySelector("fieldset.utrecht-form-fieldset--invalid legend")!.TextContent, StringComparison.Ordinal);
        Assert.False(await ChoiceStoredAsync(author.Id, NotificationKind.Decided));
    }

    [Fact]
    public async Task TheMorningRun_RemindsOfAnAgreementThreeDaysAhead_AndOnceWhenOverdue_NeverTwice()
    {
        MoveClockToNext(new TimeOnly(10, 0));
        var owner = await app.CreateUserAsync("GM0000", "Mail-test-2026!", Roles.Consulent);
        var ownerName = $"Afspraakhouder {owner.Id:N}"[..40];
        await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, ownerName)));
        var (_, authorSession, number) = await NewAuthorWithDilemmaAsync();
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var today = Web.Infrastructure.DutchTime.Today(app.Clock);
        var decided = await DilemmaSteps.DecideAsync(beslisser, number, ("Solution", "Jeugdhulp krijgt drie dagen extra."), ("Rationale", "Eerst hulp."),
            ("Agreements[0].Description", "De kwekerij is opgeruimd"), ("Agreements[0].Responsible", ownerName),
            ("Agreements[0].DueDate", today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Agreements[0].Fallback", "Handhaving start."));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var morning = app.Services.GetRequiredService<Web.Features.Mail.MorningRun>();

        // Three instances' morning runs at the same moment, then one more: one reminder.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => new Web.Features.Mail.MorningRun(
            app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Web.Features.Mail.MailOptions>>(),
            app.Services.GetRequiredService<Web.Features.Mail.MailComposer>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<Web.Features.Mail.MorningRun>.Instance)
            .RunAsync(CancellationToken.None)));
        await morning.RunAsync(CancellationToken.None);

        var due = $"Uw afspraak bij dilemma {number} moet over 3 dagen klaar zijn ({Web.Infrastructure.DutchTime.Date(today.AddDays(3))}).";
        Assert.Equal([due], await MeldingenAsync(owner.Id, NotificationKind.AgreementDue));
        var mail = (await WaitForAsync(() => app.MessagesToAsync(owner.Email!), found => found.Any(m => m.Subject == due))).Single(m => m.Subject == due);
        var message = await LoadAsync(mail.Id);
        Assert.Contains($"/dilemmas/{number}#afspraak-", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("kwekerij", message.TextBody + message.HtmlBody, StringComparison.Ordinal);

        // Four days later, before 06.55 nothing happens; from 06.55 once "verlopen", however often the run comes by.
        app.Clock.SetUtcNow(Web.Infrastructure.DutchTime.At(today.AddDays(4), new TimeOnly(6, 50)));
        await morning.RunAsync(CancellationToken.None);
        Assert.Single(await MeldingenAsync(owner.Id, NotificationKind.AgreementDue));
        app.Clock.SetUtcNow(Web.Infrastructure.DutchTime.At(today.AddDays(4), new TimeOnly(6, 56)));
        await morning.RunAsync(CancellationToken.None);
        await morning.RunAsync(CancellationToken.None);
        Assert.Equal([due, $"Uw afspraak bij dilemma {number} is verlopen: de deadline was {Web.Infrastructure.DutchTime.Date(today.AddDays(3))}."],
            await MeldingenAsync(owner.Id, NotificationKind.AgreementDue));
        _ = authorSession;
    }

    [Fact]
    public async Task EveryBeslisser_GetsOneMorningOverviewADay_OfTheDilemmasWaitingForADecision()
    {
        MoveClockToNext(new TimeOnly(6, 50));
        var (_, _, number) = await NewAuthorWithDilemmaAsync();
        var morning = app.Services.GetRequiredService<Web.Features.Mail.MorningRun>();
        var beslisser = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == "beslisser@voorbeeld.nl"));
        var before = await OverviewsAsync(beslisser.Id);

        await morning.RunAsync(CancellationToken.None);
        Assert.Equal(before.Count, (await OverviewsAsync(beslisser.Id)).Count);

        MoveClockToNext(new TimeOnly(6, 56));
        await morning.RunAsync(CancellationToken.None);
        await morning.RunAsync(CancellationToken.None);

        var overviews = await OverviewsAsync(beslisser.Id);
        Assert.Equal(before.Count + 1, overviews.Count);
        var overview = overviews.OrderByDescending(m => m.CreatedAt).First();
        Assert.Matches("^[0-9]+ dilemma's wachten op een besluit$", overview.Subject);
        Assert.Contains($"Dilemma {number}: ", overview.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://dilemmaregister.gemeente.example/dilemmas?status=UnderDiscussion", overview.TextBody + overview.HtmlBody, StringComparison.Ordinal);
        var arrived = await WaitForAsync(() => app.MessagesToAsync("beslisser@voorbeeld.nl"), found => found.Any(m => m.Subject == overview.Subject));
        Assert.Contains(arrived, m => m.Subject == overview.Subject);
    }

    [Fact]
    public async Task AGivenUpMail_IsShownToTheOwnBeheerder_WithAReasonInDutch_AndGoesOutWhenOfferedAgain()
    {
        var (author, _, number) = await NewAuthorWithDilemmaAsync();
        var id = await app.QueryAsync(async db =>
        {
            var municipalityId = await db.Users.IgnoreQueryFilters().Where(u => u.Id == author.Id).Select(u => u.MunicipalityId).SingleAsync();
            var message = new OutboxMessage(municipalityId, author.Id, NotificationKind.Decided, $"Over uw dilemma {number} is besloten.", null, null, "tekst", "<p>tekst</p>", app.Clock.GetUtcNow());
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            // As the worker leaves it after its last attempt.
            await db.OutboxMessages.IgnoreQueryFilters().Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.FailedAt, app.Clock.GetUtcNow()).SetProperty(m => m.Attempts, 8).SetProperty(m => m.LastError, "SmtpCommandException 550"));
            return message.Id;
        });
        using var elsewhere = app.CreateSession();
        await elsewhere.LoginSuccessfullyAsync("beheerder@anderdorp.nl");
        var (_, theirs) = await elsewhere.GetAsync("/beheer/e-mail");
        Assert.DoesNotContain(number, theirs.Body!.TextContent, StringComparison.Ordinal);

        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var (_, page) = await beheerder.GetAsync("/beheer/e-mail");
        var row = page.QuerySelectorAll("#niet-verstuurd ~ div tr").Single(r => r.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.Contains("De mailserver weigerde het bericht (code 550). Klopt het e-mailadres?", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Over een dilemma dat u volgt is besloten", row.TextContent, StringComparison.Ordinal);

        var retried = await beheerder.SubmitAsync("/beheer/e-mail", $"/beheer/e-mail/{id}/opnieuw");

        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var mail = await ArrivedAsync(author.Email!, number);
        Assert.Equal($"Over uw dilemma {number} is besloten.", mail.Subject);
        Assert.Contains(await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => e.EntityKey == id.ToString()).Select(e => e.Action).ToListAsync()),
            a => a == AuditActions.MailRetried);
        // Offered once: the button is gone, a second post finds nothing to offer.
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.PostWithSessionTokenAsync($"/beheer/e-mail/{id}/opnieuw")).StatusCode);
    }

    [Fact]
    public async Task WithSeveralInstancesSending_EveryMailArrivesOnce()
    {
        var (author, _, _) = await NewAuthorWithDilemmaAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        await app.QueryAsync(async db =>
        {
            var municipalityId = await db.Users.IgnoreQueryFilters().Where(u => u.Id == author.Id).Select(u => u.MunicipalityId).SingleAsync();
            for (var i = 1; i <= 30; i++)
            {
                db.OutboxMessages.Add(new OutboxMessage(municipalityId, author.Id, NotificationKind.Decided, $"Bericht {i} van 30 ({marker})", null, null, "tekst", "<p>tekst</p>", app.Clock.GetUtcNow()));
            }

            return await db.SaveChangesAsync();
        });

        // Three more instances' workers beside the app's own, all at once, until nothing is left.
        var workers = Enumerable.Range(0, 3).Select(_ => new Web.Features.Mail.OutboxWorker(
            app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Web.Features.Mail.MailOptions>>(),
            app.Services.GetRequiredService<Web.Features.Mail.MailComposer>(), app.Services.GetRequiredService<Web.Features.Mail.MailLinks>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Web.Features.Mail.OutboxWorker>.Instance)).ToList();
        while ((await Task.WhenAll(workers.Select(w => w.SendBatchAsync(CancellationToken.None)))).Sum() > 0)
        {
        }

        var arrived = await WaitForAsync(() => app.MessagesToAsync(author.Email!), found => found.Count(m => m.Subject.Contains(marker, StringComparison.Ordinal)) >= 30);
        await Task.Delay(TimeSpan.FromSeconds(2));
        arrived = await app.MessagesToAsync(author.Email!);
        var mine = arrived.Where(m => m.Subject.Contains(marker, StringComparison.Ordinal)).Select(m => m.Subject).ToList();
        Assert.Equal(30, mine.Count);
        Assert.Equal(30, mine.Distinct().Count());
    }

    private Task<List<OutboxMessage>> OverviewsAsync(Guid beslisserId) =>
        app.QueryAsync(db => db.OutboxMessages.IgnoreQueryFilters().Where(m => m.RecipientId == beslisserId && m.Kind == NotificationKind.AwaitingDecision).ToListAsync());

    private Task<List<string>> MeldingenAsync(Guid userId, NotificationKind kind) =>
        app.QueryAsync(db => db.Notifications.IgnoreQueryFilters().Where(n => n.RecipientId == userId && n.Kind == kind).OrderBy(n => n.CreatedAt).Select(n => n.Text).ToListAsync());

    /// <summary>The app's clock to the next moment it is <paramref name="time"/> Dutch time (only ever forward: sessions made after it).</summary>
    private void MoveClockToNext(TimeOnly time)
    {
        var now = app.Clock.GetUtcNow();
        var day = DateOnly.FromDateTime(Web.Infrastructure.DutchTime.Local(now).DateTime);
        var at = Web.Infrastructure.DutchTime.At(day, time);
        app.Clock.SetUtcNow(at > now ? at : Web.Infrastructure.DutchTime.At(day.AddDays(1), time));
    }

    private async Task<(Web.Domain.ApplicationUser User, WebSession Session, string Number)> NewAuthorWithDilemmaAsync()
    {
        const string Password = "Mail-test-2026!";
        var author = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(author.Email!, Password);
        return (author, session, await DilemmaSteps.CreateHennepAsync(session, app, submit: true));
    }

    private Task<bool> ChoiceStoredAsync(Guid userId, NotificationKind kind) =>
        app.QueryAsync(db => db.MailPreferences.IgnoreQueryFilters().AnyAsync(p => p.UserId == userId && p.Kind == kind && p.Frequency == MailFrequency.Never));

    /// <summary>The settings form as a browser sends it: every kind's checked choice (Direct unless changed).</summary>
    private static (string, string)[] Choices(params (string Kind, string Choice)[] changed) =>
        [.. Web.Features.Mail.MailTopics.List.Select(t => ($"Keuze[{t.Kind}]", changed.FirstOrDefault(c => c.Kind == t.Kind.ToString()).Choice ?? t.Default.ToString()))];

    private static FormUrlEncodedContent OneClick() => new([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]);

    private async Task<MimeKit.MimeMessage> LoadAsync(string id) =>
        await MimeKit.MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await app.SourceAsync(id))));

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
