using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Notifications;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>
/// The changes to a dilemma — its lifecycle, decisions, comments and agreements, one aggregate — each as one unit of
/// work shared by the screens and the API: load it within the gemeente as the actor may see it, ask the domain whether
/// they may (<see cref="Dilemma.Permits"/>), refuse invalid input, perform the transition with its logboek entry and
/// meldingen in one save, and say how it went as an <see cref="Outcome{T}"/>.
/// </summary>
public sealed class DilemmaActions(
    AppDbContext db, AuditLog audit, Notifier notifier, ITenantContext tenant, TimeProvider clock, IValidator<ReasonForm> reasons, IValidator<CommentForm> comments)
{
    public const string ChangedMeanwhile = "Het dilemma is intussen door iemand anders gewijzigd. Haal het opnieuw op en probeer het nog eens.";

    /// <summary>The dilemma as this actor may see it, if the domain lets them take the action now (to show its form).</summary>
    public async Task<Outcome<Dilemma>> OpenAsync(string number, Actor actor, DilemmaAction action, CancellationToken cancellationToken)
    {
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return Outcome.NotFound<Dilemma>();
        }

        var verdict = dilemma.Permits(action, actor);
        return verdict switch
        {
            Verdict.Allowed => Outcome.Done(dilemma),
            Verdict.NotPermitted => Outcome.Forbidden<Dilemma>(dilemma.Refusal(action, verdict)),
            _ => Outcome.Conflict(dilemma.Refusal(action, verdict), dilemma),
        };
    }

    /// <summary>
    /// One change, whole: open the dilemma as above; refuse invalid <paramref name="input"/> (only now, so nobody learns
    /// more of a dilemma than they may see); then <paramref name="change"/> it. A transition the domain refuses after all,
    /// or a colleague's save in between, is a conflict, and nothing is saved.
    /// </summary>
    public async Task<Outcome<Dilemma>> RunAsync(
        string number, Actor actor, DilemmaAction action, ValidationResult? input, Func<Dilemma, Task> change, CancellationToken cancellationToken) =>
        await ChangeAsync(await OpenAsync(number, actor, action, cancellationToken), actor, input, change, cancellationToken);

    /// <summary>
    /// Wijzigen — and indienen with it when asked and allowed — against the version the user started from (null: the one
    /// just read). The content is built from the form for the dilemma as it stands (its own domains stay choosable).
    /// </summary>
    public async Task<Outcome<Dilemma>> EditAsync(
        string number, Actor actor, uint? expectedVersion, bool submit, Func<Dilemma, Task<(DilemmaContent? Content, ValidationResult Validation)>> content,
        CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(number, actor, DilemmaAction.Edit, cancellationToken);
        if (!opened.IsDone)
        {
            return opened;
        }

        var (built, validation) = await content(opened.Value!);
        return await ChangeAsync(opened, actor, validation, d => EditAsync(d, actor, built!, expectedVersion ?? d.Version, submit && d.CanSubmit(actor), cancellationToken), cancellationToken);
    }

    /// <summary>A refused change is reported with the dilemma as stored, never the half-changed copy in memory.</summary>
    private async Task<Outcome<Dilemma>> ChangeAsync(
        Outcome<Dilemma> opened, Actor actor, ValidationResult? input, Func<Dilemma, Task> change, CancellationToken cancellationToken)
    {
        if (!opened.IsDone)
        {
            return opened;
        }

        if (input is { IsValid: false })
        {
            return Outcome.Refused(input, opened.Value);
        }

        try
        {
            await change(opened.Value!);
        }
        catch (DomainException ex)
        {
            return Outcome.Conflict(ex.Message, await StoredAsync(opened.Value!, actor, cancellationToken));
        }
        catch (ConcurrencyConflictException)
        {
            return Outcome.LostRace(ChangedMeanwhile, await StoredAsync(opened.Value!, actor, cancellationToken));
        }

        return opened;
    }

    public Task<Outcome<Dilemma>> SubmitAsync(string number, Actor actor, CancellationToken cancellationToken) =>
        RunAsync(number, actor, DilemmaAction.Submit, input: null, d => SubmitAsync(d, actor, cancellationToken), cancellationToken);

    public async Task<Outcome<Dilemma>> WithdrawAsync(string number, Actor actor, ReasonForm form, CancellationToken cancellationToken) =>
        await RunAsync(number, actor, DilemmaAction.Withdraw, await reasons.ValidateAsync(form, cancellationToken),
            d => WithdrawAsync(d, actor, form.Reason, cancellationToken), cancellationToken);

    /// <summary>Terugsturen; from a werkoverleg (the form names it), its agenda item records it in the same save.</summary>
    public async Task<Outcome<Dilemma>> ReturnAsync(string number, Actor actor, ReasonForm form, CancellationToken cancellationToken)
    {
        TeamMeeting? meeting = null;
        if (form.TeamMeetingId is { } meetingId)
        {
            meeting = await db.TeamMeetings.Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
            if (meeting is null)
            {
                return Outcome.NotFound<Dilemma>();
            }
        }

        return await RunAsync(number, actor, DilemmaAction.Return, await reasons.ValidateAsync(form, cancellationToken),
            d => ReturnAsync(d, actor, form.Reason, meeting, cancellationToken), cancellationToken);
    }

    /// <summary>Reageren; done, the dilemma's newest comment is the one just placed.</summary>
    public async Task<Outcome<Dilemma>> CommentAsync(string number, Actor actor, CommentForm form, CancellationToken cancellationToken) =>
        await RunAsync(number, actor, DilemmaAction.Comment, await comments.ValidateAsync(form, cancellationToken),
            d => CommentAsync(d, actor, Enum.Parse<CommentKind>(form.Kind!), form.Body, cancellationToken), cancellationToken);

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
            notifier.Created(created);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return created;
        });
    }

    /// <summary>Saves the edit only if nobody saved the dilemma since <paramref name="expectedVersion"/>.</summary>
    private async Task EditAsync(Dilemma dilemma, Actor actor, DilemmaContent content, uint expectedVersion, bool submit, CancellationToken cancellationToken)
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

    private async Task SubmitAsync(Dilemma dilemma, Actor actor, CancellationToken cancellationToken)
    {
        await SubmitCoreAsync(dilemma, actor, clock.GetUtcNow(), cancellationToken);
        await SaveAsync(cancellationToken);
    }

    /// <summary>Terugsturen; from a werkoverleg, its agenda item records it in the same save.</summary>
    private async Task ReturnAsync(Dilemma dilemma, Actor actor, string reason, TeamMeeting? meeting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        dilemma.ReturnToAuthor(actor, reason, now);
        meeting?.RecordReturned(dilemma, reason, actor, now);
        audit.Record(dilemma, actor, AuditActions.Return, $"Dilemma {dilemma.Number} teruggestuurd naar de opsteller.");
        await notifier.ReturnedAsync(dilemma, actor, cancellationToken);
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

        await notifier.DecidedAsync(dilemma, actor, revising, cancellationToken);
        await notifier.ResponsibleForAgreementsAsync(dilemma, taken, actor, cancellationToken);
        await SaveEndingTheWaitAsync(dilemma, cancellationToken);
        return revising;
    }

    private async Task WithdrawAsync(Dilemma dilemma, Actor actor, string reason, CancellationToken cancellationToken)
    {
        dilemma.Withdraw(actor, reason, clock.GetUtcNow());
        audit.Record(dilemma, actor, AuditActions.Withdraw, $"Dilemma {dilemma.Number} ingetrokken.");
        await SaveEndingTheWaitAsync(dilemma, cancellationToken);
    }

    private async Task CommentAsync(Dilemma dilemma, Actor actor, CommentKind kind, string body, CancellationToken cancellationToken)
    {
        var comment = dilemma.AddComment(actor, kind, body, clock.GetUtcNow());
        audit.Record(dilemma, actor, AuditActions.Comment, $"{kind.ToDutch()} geplaatst bij dilemma {dilemma.Number}.");
        await notifier.CommentedAsync(dilemma, actor, comment, cancellationToken);
        await SaveAsync(cancellationToken);
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

    private async Task<Dilemma> StoredAsync(Dilemma changed, Actor actor, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.FindVisibleAsync(changed.Number.ToString(), actor, cancellationToken) ?? changed;
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
