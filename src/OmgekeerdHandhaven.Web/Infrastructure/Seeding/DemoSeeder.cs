using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Infrastructure.Seeding;

/// <summary>
/// Demo data for trying the app and for the browser tests: two gemeenten (to show isolation), their standard
/// lists and one account per role. Idempotent: what exists is left alone, so running it twice changes nothing.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db, UserManager<ApplicationUser> userManager, IUserStore<ApplicationUser> userStore, TenantContext tenant, IOptions<DemoOptions> options, TimeProvider clock)
{

    private const int DemoBookletSize = 12;

    private static readonly (string MunicipalityCode, string[] Terms)[] DemoSynonyms =
    [
        ("GM0000", ["klantmanager", "inkomensconsulent", "consulent"]),
        ("GM0000", ["sociaal raadsman", "sociaal raadslieden", "cliëntondersteuner"]),
        ("GM9999", ["standplaats", "marktkraam"]),
    ];

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("GM0000", "handhaver@voorbeeld.nl", "Sanne de Vries", [Roles.Handhaver]),
        new("GM0000", "consulent@voorbeeld.nl", "Mohamed El Amrani", [Roles.Consulent]),
        new("GM0000", "beslisser@voorbeeld.nl", "Els Jansen", [Roles.Beslisser]),
        new("GM0000", "beheerder@voorbeeld.nl", "Ruud Bakker", [Roles.Beheerder]),
        new("GM0000", "teamleider@voorbeeld.nl", "Fatma Yilmaz", [Roles.Handhaver, Roles.Beslisser]),
        new("GM9999", "handhaver@anderdorp.nl", "Jeroen Visser", [Roles.Handhaver]),
        new("GM9999", "beslisser@anderdorp.nl", "Ingrid Mulder", [Roles.Beslisser]),
        new("GM9999", "beheerder@anderdorp.nl", "Kees Smit", [Roles.Beheerder]),
    ];

    private static readonly (string Code, string Name)[] Municipalities =
    [
        ("GM0000", "Gemeente Voorbeeld"),
        ("GM9999", "Gemeente Anderdorp"),
    ];

    /// <summary>Demo API tokens with a known value, printed by ./run.sh so the API can be tried at once.</summary>
    public static readonly IReadOnlyDictionary<string, string> DemoTokens = new Dictionary<string, string>
    {
        ["teamleider@voorbeeld.nl"] = "ohp_demo-voorbeeld-teamleider-2026",
        ["beslisser@anderdorp.nl"] = "ohp_demo-anderdorp-beslisser-2026",
    };

    public string Password => options.Value.Password;

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var (code, name) in Municipalities)
        {
            var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
            if (municipality is null)
            {
                municipality = new Municipality(name, code);
                db.Municipalities.Add(municipality);
                await db.SaveChangesAsync(cancellationToken);
                created++;
            }

            tenant.Use(municipality.Id);
            created += await SeedListsAsync(municipality.Id, code, cancellationToken);
            foreach (var account in Accounts.Where(a => a.MunicipalityCode == code))
            {
                created += await SeedAccountAsync(municipality, account);
            }

            if (municipality.Vision is null && code == "GM0000")
            {
                municipality.ChangeVision(DemoCases.Vision);
                await db.SaveChangesAsync(cancellationToken);
            }

            created += await SeedTokensAsync(cancellationToken);
            created += await SeedDilemmasAsync(municipality.Id, code == "GM0000" ? DemoCases.Voorbeeld : DemoCases.Anderdorp, cancellationToken);
            created += await SeedTeamMeetingsAsync(municipality.Id, cancellationToken);
            created += await SeedCaseBookletAsync(municipality.Id, publish: code == "GM0000", cancellationToken);
            created += await SeedPracticeAsync(municipality.Id, cancellationToken);
        }

        return created == 0 ? "Demogegevens waren al aanwezig; niets gewijzigd." : $"Demogegevens aangevuld ({created} onderdelen toegevoegd).";
    }

    private async Task<int> SeedListsAsync(Guid municipalityId, string code, CancellationToken cancellationToken)
    {
        var areas = await db.PolicyAreas.Select(p => p.Name).ToListAsync(cancellationToken);
        var signals = await db.RiskSignals.Select(r => r.Name).ToListAsync(cancellationToken);
        var (newAreas, newSignals) = StandardLists.Missing(municipalityId, areas, signals);
        db.PolicyAreas.AddRange(newAreas);
        db.RiskSignals.AddRange(newSignals);

        // Each gemeente's own words on top of the shipped thesaurus (Beheer › Synoniemen).
        var newGroups = await db.SynonymGroups.AnyAsync(cancellationToken)
            ? []
            : DemoSynonyms.Where(g => g.MunicipalityCode == code).Select(g => new SynonymGroup(municipalityId, g.Terms, clock.GetUtcNow())).ToList();
        db.SynonymGroups.AddRange(newGroups);
        await db.SaveChangesAsync(cancellationToken);
        return newAreas.Count + newSignals.Count + newGroups.Count;
    }

    private async Task<int> SeedTokensAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var (email, secret) in DemoTokens)
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.Email == email, cancellationToken);
            var hash = AccessToken.HashOf(secret);
            if (user is null || await db.AccessTokens.IgnoreQueryFilters().AnyAsync(t => t.Hash == hash, cancellationToken))
            {
                continue;
            }

            db.AccessTokens.Add(AccessToken.Create(user, "demo-koppeling", clock.GetUtcNow(), expiresAt: null, knownSecret: secret).Token);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Only into a gemeente without dilemmas, so a second run adds nothing.</summary>
    /// <summary>
    /// Last month's werkoverleg, which kept the oldest open dilemma for "volgende keer", and the coming one with every
    /// dilemma Ter bespreking on its agenda.
    /// </summary>
    private async Task<int> SeedTeamMeetingsAsync(Guid municipalityId, CancellationToken cancellationToken)
    {
        if (await db.TeamMeetings.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var open = await db.Dilemmas.Where(d => d.Status == DilemmaStatus.UnderDiscussion).OrderBy(d => d.SubmittedAt)
            .Take(TeamMeeting.MaxItems).ToListAsync(cancellationToken);
        if (open.Count == 0 || await BeslisserAsync(cancellationToken) is not { } planner)
        {
            return 0;
        }

        var attendees = await db.Users.Where(u => u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = DutchTime.Today(clock);

        var last = new TeamMeeting(municipalityId, today.AddDays(-28), "Team Handhaving Werk en Inkomen", attendees, planner, now.AddDays(-35));
        var postponed = last.AddToAgenda(open[0], planner, now.AddDays(-30));
        last.RecordNextTime(postponed.Id, planner, now.AddDays(-28));
        last.SetNotes("Afgesproken: de jeugdhulpverlener schuift de volgende keer aan bij dilemma's waar jeugdhulp bij betrokken is.", planner, now.AddDays(-28));

        var coming = new TeamMeeting(municipalityId, today.AddDays(7), "Team Handhaving Werk en Inkomen", attendees, planner, now.AddDays(-1));
        foreach (var dilemma in open)
        {
            coming.AddToAgenda(dilemma, planner, now.AddDays(-1));
        }

        db.TeamMeetings.AddRange(last, coming);
        await db.SaveChangesAsync(cancellationToken);
        return 2;
    }

    /// <summary>A shared practice set with the decided dilemmas, and one answer by the handhaver (theirs alone to see).</summary>
    private async Task<int> SeedPracticeAsync(Guid municipalityId, CancellationToken cancellationToken)
    {
        if (await db.PracticeSets.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var decided = await db.Dilemmas.Where(d => d.Status == DilemmaStatus.Decided).OrderBy(d => d.Year).ThenBy(d => d.Sequence)
            .Take(PracticeSet.MaxDilemmas).ToListAsync(cancellationToken);
        var handhaver = await db.Users.Where(u => u.Email!.StartsWith("handhaver@")).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        if (decided.Count == 0 || handhaver == Guid.Empty || await BeslisserAsync(cancellationToken) is not { } beslisser)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var set = new PracticeSet(municipalityId, "Inwerken: de dilemma's van ons team",
            "Voor nieuwe collega's: eerst zelf nadenken, dan lezen wat het team besloot.", decided, shared: true, beslisser, now);
        db.PracticeSets.Add(set);
        db.PracticeAnswers.Add(new PracticeAnswer(municipalityId, new Actor(handhaver, new HashSet<string>(StringComparer.Ordinal) { Roles.Handhaver }), decided[0], set.Id,
            "Ik zou eerst met de jeugdhulpverlener overleggen en de inkomsten laten melden, met een duidelijke termijn.", now));
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }

    /// <summary>A Beslisser of the current gemeente.</summary>
    private async Task<Actor?> BeslisserAsync(CancellationToken cancellationToken)
    {
        var id = await db.ActiveUsersInRole(Roles.Beslisser).FirstOrDefaultAsync(cancellationToken);
        return id == Guid.Empty ? null : new Actor(id, new HashSet<string>(StringComparer.Ordinal) { Roles.Beslisser });
    }

    /// <summary>A casusboekje with every decided demo dilemma: published in Voorbeeld, still a concept in Anderdorp.</summary>
    private async Task<int> SeedCaseBookletAsync(Guid municipalityId, bool publish, CancellationToken cancellationToken)
    {
        if (await db.CaseBooklets.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var decided = await db.Dilemmas.Include(d => d.PolicyAreas).Include(d => d.Decisions).ThenInclude(x => x.Agreements).AsSplitQuery()
            .Where(d => d.Status == DilemmaStatus.Decided).OrderBy(d => d.Year).ThenBy(d => d.Sequence)
            // A demo-sized booklet, also when the demo data goes into a large database (the benchmarks do that).
            .Take(DemoBookletSize).ToListAsync(cancellationToken);
        if (decided.Count == 0 || await BeslisserAsync(cancellationToken) is not { } actor)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var vision = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Vision).SingleAsync(cancellationToken);
        var booklet = new CaseBooklet(municipalityId, $"Casusboekje Werk en Inkomen {DutchTime.Local(now).Year}",
            vision ?? "De dilemma's die ons team het vaakst tegenkomt, met de oplossing die we kozen.", DutchTime.Today(clock).AddYears(1), actor, now);
        foreach (var dilemma in decided)
        {
            booklet.Add(dilemma, null, actor, now);
        }

        if (publish)
        {
            booklet.Publish(decided, actor, now);
        }

        db.CaseBooklets.Add(booklet);
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }

    private async Task<int> SeedDilemmasAsync(Guid municipalityId, IReadOnlyList<DemoCase> cases, CancellationToken cancellationToken)
    {
        if (await db.Dilemmas.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles join role in db.Roles on userRole.RoleId equals role.Id select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var actors = users.ToDictionary(
            u => u.Email![..u.Email!.IndexOf('@', StringComparison.Ordinal)],
            u => new Actor(u.Id, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToHashSet(StringComparer.Ordinal)));
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.DisplayName, u => u.Id, cancellationToken);
        var now = clock.GetUtcNow();

        // All dilemmas of a gemeente in one transaction (numbers stay gap-free), retried as a whole on a transient error.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var areas = await db.PolicyAreas.ToListAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var demo in cases.OrderByDescending(c => c.CreatedDaysAgo))
            {
                var created = now.AddDays(-demo.CreatedDaysAgo);
                var author = actors[demo.Author];
                var number = await DilemmaNumbers.NextAsync(db, municipalityId, DutchTime.Local(created).Year, cancellationToken);
                var content = new DilemmaContent(
                    demo.Title, demo.Situation, demo.Question, demo.Interests,
                    [.. demo.Areas.Select(name => areas.Single(a => a.Name == name))], demo.Phase, demo.Signals,
                    [.. demo.Options.Select(o => new DilemmaOption(o.Description, o.Consequences))], demo.Proposal, demo.LegalBasis);
                var dilemma = Dilemma.CreateDraft(municipalityId, number, author, content, created);
                Log(dilemma, author, AuditActions.Create, $"Dilemma {number} aangemaakt als concept.", created);
                if (demo.EditedTitle is not null)
                {
                    dilemma.Edit(author, content with { Title = demo.EditedTitle }, created.AddHours(2));
                    Log(dilemma, author, AuditActions.Edit, $"Dilemma {number} gewijzigd: Titel.", created.AddHours(2));
                }

                if (demo.Target != DilemmaStatus.Draft)
                {
                    dilemma.Submit(author, created.AddDays(1));
                    Log(dilemma, author, AuditActions.Submit, $"Dilemma {number} ingediend.", created.AddDays(1));
                }

                var commentAt = created.AddDays(2);
                foreach (var (kind, by, body) in demo.Comments)
                {
                    dilemma.AddComment(actors[by], kind, body, commentAt);
                    Log(dilemma, actors[by], AuditActions.Comment, $"{kind.ToDutch()} geplaatst bij dilemma {number}.", commentAt);
                    Notify(dilemma, actors[by], NotificationKind.Commented, $"Nieuwe reactie ({kind.ToDutch().ToLowerInvariant()}) bij uw dilemma {number}.", commentAt);
                    commentAt = commentAt.AddHours(5);
                }

                if (demo.ReturnReason is not null)
                {
                    dilemma.ReturnToAuthor(actors.Values.First(a => a.IsBeslisser), demo.ReturnReason, created.AddDays(3));
                    Log(dilemma, actors.Values.First(a => a.IsBeslisser), AuditActions.Return, $"Dilemma {number} teruggestuurd naar de opsteller.", created.AddDays(3));
                    Notify(dilemma, actors.Values.First(a => a.IsBeslisser), NotificationKind.Returned, $"Uw dilemma {number} is teruggestuurd.", created.AddDays(3));
                }

                if (demo.WithdrawReason is not null)
                {
                    dilemma.Withdraw(author, demo.WithdrawReason, created.AddDays(4));
                    Log(dilemma, author, AuditActions.Withdraw, $"Dilemma {number} ingetrokken.", created.AddDays(4));
                }

                if (demo.Decision is { } decision)
                {
                    Decide(dilemma, decision, revise: false);
                }

                if (demo.Revision is { } revision)
                {
                    Decide(dilemma, revision, revise: true);
                }

                if (dilemma.Status == DilemmaStatus.UnderDiscussion)
                {
                    foreach (var beslisser in actors.Values.Where(a => a.IsBeslisser && !a.Is(author.UserId)))
                    {
                        db.Add(new Notification(municipalityId, beslisser.UserId, NotificationKind.AwaitingDecision, number.ToString(),
                            $"Dilemma {number} wacht op een besluit.", created.AddDays(1)));
                    }
                }

                db.Dilemmas.Add(dilemma);
                // Who would follow it in real use: the author, the commenters, the colleagues responsible for an agreement.
                var followers = new[] { author.UserId }.Concat(dilemma.Comments.Select(c => c.AuthorId))
                    .Concat(dilemma.Decisions.SelectMany(d => d.Agreements).Where(a => a.ResponsibleUserId is not null).Select(a => a.ResponsibleUserId!.Value));
                foreach (var follower in followers.Distinct())
                {
                    db.DilemmaFollowers.Add(new DilemmaFollower(municipalityId, dilemma.Id, follower, following: true, created));
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });
        return cases.Count;

        void Log(Dilemma dilemma, Actor actor, string action, string summary, DateTimeOffset at) =>
            db.Add(new AuditEntry(municipalityId, actor.UserId, at, action, "Dilemma", dilemma.Number.ToString(), summary));

        // Meldingen older than two weeks count as read, as they would be in real use.
        void Notify(Dilemma dilemma, Actor actor, NotificationKind kind, string text, DateTimeOffset at)
        {
            if (actor.Is(dilemma.AuthorId))
            {
                return;
            }

            var notification = new Notification(municipalityId, dilemma.AuthorId, kind, dilemma.Number.ToString(), text, at);
            if (at < now.AddDays(-14))
            {
                notification.MarkRead(at.AddDays(1));
            }

            db.Add(notification);
        }

        void Decide(Dilemma dilemma, DemoDecision demo, bool revise)
        {
            var by = actors[demo.By];
            var at = now.AddDays(-demo.DaysAgo);
            var day = DateOnly.FromDateTime(DutchTime.Local(at).Date);
            var terms = demo.Agreements.Select(a => new AgreementTerms(
                a.Description, a.Responsible, names.TryGetValue(a.Responsible, out var id) ? id : null, day.AddDays(a.DueDaysAfterDecision), a.Fallback)).ToList();
            var made = revise ? dilemma.ReviseDecision(by, demo.Solution, demo.Rationale, terms, at) : dilemma.Decide(by, demo.Solution, demo.Rationale, terms, at);
            Log(dilemma, by, revise ? AuditActions.Revise : AuditActions.Decide, $"Besluit over dilemma {dilemma.Number} {(revise ? "herzien" : "vastgelegd")} ({terms.Count} afspraken).", at);
            Notify(dilemma, by, NotificationKind.Decided, revise ? $"Het besluit over uw dilemma {dilemma.Number} is herzien." : $"Over uw dilemma {dilemma.Number} is besloten.", at);
            foreach (var (agreement, plan) in made.Agreements.Zip(demo.Agreements))
            {
                if (plan.Status != AgreementStatus.Open)
                {
                    var followUpAt = at.AddDays(Math.Max(1, plan.DueDaysAfterDecision - 1));
                    dilemma.SetAgreementStatus(by, agreement.Id, plan.Status, plan.Note ?? "Afgerond volgens afspraak.", followUpAt);
                    Log(dilemma, by, AuditActions.AgreementStatus, $"Afspraak bij dilemma {dilemma.Number}: {plan.Status.ToDutch().ToLowerInvariant()}.", followUpAt);
                }
            }
        }
    }

    private async Task<int> SeedAccountAsync(Municipality municipality, DemoAccount account)
    {
        if (await userManager.FindByEmailAsync(account.Email) is not null)
        {
            return 0;
        }

        var user = new ApplicationUser(municipality.Id, account.Email, account.DisplayName);
        user.PasswordChangedByUser();
        var result = await userManager.CreateAsync(user, Password);
        if (result.Succeeded)
        {
            result = await userManager.AddToRolesAsync(user, account.Roles);
        }

        // As the gemeente requires of them: a second factor, here with the known demo key.
        if (result.Succeeded && municipality.RequiresSecondFactorOf(account.Roles))
        {
            await userManager.SwitchOnSecondFactorWithKeyAsync(userStore, user, options.Value.AuthenticatorKey);
        }


        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        return 1;
    }
}
