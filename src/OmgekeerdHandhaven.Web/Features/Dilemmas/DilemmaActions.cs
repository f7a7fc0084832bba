using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Notifications;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>
/// Each lifecycle action as one unit of work — the domain transition, its logboek entry and its meldingen, saved
/// together — shared by the screens and the API so both apply exactly the same rules.
/// A lost race (another save of the same dilemma in between) throws <see cref="ConcurrencyConflictException"/>.
/// </summary>
public sealed class DilemmaActions(AppDbContext db, AuditLog audit, Notifier notifier, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Dilemma> CreateAsync(Actor actor, DilemmaContent content, bool submit, CancellationToken cancellationToken)
    {
        var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("No gemeente for this request.");
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            // The number is taken inside the transaction that saves the dilemma: unique and gap-free.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var number = await DilemmaNumbers.NextAsync(db, municipalityId, DutchTime.Local(now).Year, cancellationToken);
            var created = Dilemma.CreateDraft(municipalityId, number, actor, content, now);
            audit.Record(created, actor, AuditActions.Create, $"Dilemma {number} aangemaakt als concept.");
            if (submit)
            {
                created.Submit(actor, now);
                audit.Record(created, actor, AuditActions.Submit, $"Dilemma {number} ingediend.");
                await notifier.AwaitingDecisionAsync(created, actor, cancellationToken);
            }

            db.Dilemmas.Add(created);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return created;
        });
    }

    /// <summary>Saves the edit only if nobody saved the dilemma since <paramref name="expectedVersion"/>.</summary>
    public async Task EditAsync(Dilemma dilemma, Actor actor, DilemmaContent content, uint expectedVersion, bool submit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        ExpectVersion(dilemma, expectedVersion);
        var revision = dilemma.Edit(actor, content, now);
        if (revision is not null)
        {
            audit.Record(dilemma, actor, AuditActions.Edit, $"Dilemma {dilemma.Number} gewijzigd: {string.Join(", ", revision.Changes.Select(c => c.Field))}.");
        }

        if (submit)
        {
            await SubmitCoreAsync(dilemma, actor, now, cancellationToken);
        }

        await SaveAsync(cancellationToken);
    }

    public async Task SubmitAsync(Dilemma dilemma, Actor actor, CancellationToken cancellationToken)
    {
        await SubmitCoreAsync(dilemma, actor, clock.GetUtcNow(), cancellationToken);
        await SaveAsync(cancellationToken);
    }

    /// <summary>Terugsturen; from a werkoverleg, its agenda item records it in the same save.</summary>
    public async Task ReturnAsync(Dilemma dilemma, Actor actor, string reason, TeamMeeting? meeting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        dilemma.ReturnToAuthor(actor, reason, now);
        meeting?.RecordReturned(dilemma, reason, actor, now);
        audit.Record(dilemma, actor, AuditActions.Return, $"Dilemma {dilemma.Number} teruggestuurd naar de opsteller.");
        notifier.Returned(dilemma, actor);
        await SaveEndingTheWaitAsync(dilemma, cancellationToken);
    }

    /// <summary>
    /// Besluit vastleggen, or on a decided dilemma Besluit herzien; returns whether it was a revision. Taken in a
    /// werkoverleg, the meeting's agenda item links the decision in the same save.
    /// </summary>
    public async Task<bool> DecideAsync(
        Dilemma dilemma, Actor actor, string solution, string rationale, IReadOnlyList<AgreementTerms> terms, uint? expectedVersion, CancellationToken cancellationToken, TeamMeeting? meeting = null)
    {
        var now = clock.GetUtcNow();
        var revising = dilemma.Status == DilemmaStatus.Decided;
        if (expectedVersion is { } version)
        {
            ExpectVersion(dilemma, version);
        }

        if (revising)
        {
            dilemma.ReviseDecision(actor, solution, rationale, terms, now);
            audit.Record(dilemma, actor, AuditActions.Revise, $"Besluit over dilemma {dilemma.Number} herzien ({terms.Count} afspraken).");
        }
        else
        {
            dilemma.Decide(actor, solution, rationale, terms, now);
            audit.Record(dilemma, actor, AuditActions.Decide, $"Besluit over dilemma {dilemma.Number} vastgelegd ({terms.Count} afspraken).");
        }

        // The decision just taken (the last added), not CurrentDecision: read while another beslisser's decision was being
        // committed, the dilemma may hold two current ones until the database refuses this save.
        var taken = dilemma.Decisions[^1];
        meeting?.RecordDecision(dilemma, taken, actor, now);

        notifier.Decided(dilemma, actor, revising);
        notifier.ResponsibleForAgreements(dilemma, taken, actor);
        await SaveEndingTheWaitAsync(dilemma, cancellationToken);
        return revising;
    }

    public async Task WithdrawAsync(Dilemma dilemma, Actor actor, string reason, CancellationToken cancellationToken)
    {
        dilemma.Withdraw(actor, reason, clock.GetUtcNow());
        audit.Record(dilemma, actor, AuditActions.Withdraw, $"Dilemma {dilemma.Number} ingetrokken.");
        await SaveEndingTheWaitAsync(dilemma, cancellationToken);
    }

    public async Task<Comment> CommentAsync(Dilemma dilemma, Actor actor, CommentKind kind, string body, CancellationToken cancellationToken)
    {
        var comment = dilemma.AddComment(actor, kind, body, clock.GetUtcNow());
        audit.Record(dilemma, actor, AuditActions.Comment, $"{kind.ToDutch()} geplaatst bij dilemma {dilemma.Number}.");
        notifier.Commented(dilemma, actor, kind);
        await SaveAsync(cancellationToken);
        return comment;
    }

    public async Task<Agreement> SetAgreementStatusAsync(Dilemma dilemma, Actor actor, Guid agreementId, AgreementStatus status, string? note, CancellationToken cancellationToken)
    {
        var agreement = dilemma.SetAgreementStatus(actor, agreementId, status, note, clock.GetUtcNow());
        audit.Record(dilemma, actor, AuditActions.AgreementStatus, $"Afspraak bij dilemma {dilemma.Number}: {agreement.Status.ToDutch().ToLowerInvariant()}.");
        await SaveAsync(cancellationToken);
        return agreement;
    }

    private async Task SubmitCoreAsync(Dilemma dilemma, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        dilemma.Submit(actor, now);
        audit.Record(dilemma, actor, AuditActions.Submit, $"Dilemma {dilemma.Number} ingediend.");
        await notifier.AwaitingDecisionAsync(dilemma, actor, cancellationToken);
    }

    /// <summary>
    /// The change, then the "wacht op een besluit" meldingen removed, in one transaction: both or neither. The tracked
    /// changes are accepted only after the commit, so a retry after a transient failure saves them again instead of
    /// finding nothing left to save.
    /// </summary>
    private async Task SaveEndingTheWaitAsync(Dilemma dilemma, CancellationToken cancellationToken)
    {
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SaveAsync(cancellationToken, acceptChanges: false);
            await notifier.NoLongerAwaitingDecisionAsync(dilemma, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.AcceptAllChanges();
    }

    /// <summary>Compare against the version the user started from, not the one just read.</summary>
    private void ExpectVersion(Dilemma dilemma, uint version) => db.Entry(dilemma).Property(d => d.Version).OriginalValue = version;

    private async Task SaveAsync(CancellationToken cancellationToken, bool acceptChanges = true)
    {
        try
        {
            await db.SaveChangesAsync(acceptChanges, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException(ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505", ConstraintName: "ix_decisions_one_current_per_dilemma" })
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException(ex);
        }
    }
}
