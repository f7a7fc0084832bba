using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.Actions;

/// <summary>
/// The common end of an action on an aggregate other than the dilemma: given what was opened (found within the gemeente
/// and the actor's to change), refuse invalid input, perform the change — the domain object, its logboek entry and
/// meldingen, all tracked by the one DbContext — and save it in one go. A rule the domain refuses, or a colleague's save
/// in between, is a conflict, and nothing is saved.
/// </summary>
public sealed class UnitOfWork(AppDbContext db)
{
    /// <summary>Not found, forbidden (with the Dutch reason) or opened.</summary>
    public static Outcome<T> Open<T>(T? found, bool mayAct, string forbidden)
        where T : class =>
        found is null ? Outcome.NotFound<T>() : mayAct ? Outcome.Done(found) : Outcome.Forbidden<T>(forbidden);

    /// <summary>
    /// Refuses invalid input once the subject is opened; performs the change and saves. With a
    /// <paramref name="refusedField"/>, the domain's refusals are about that one field of the form (the dilemmas chosen,
    /// say) and are shown next to it instead of as a conflict.
    /// </summary>
    public async Task<Outcome<TResult>> SaveAsync<TSubject, TResult>(
        Outcome<TSubject> opened, ValidationResult? input, Func<TSubject, Task<TResult>> change, string changedMeanwhile, CancellationToken cancellationToken,
        string? refusedField = null)
    {
        if (!opened.IsDone)
        {
            return opened.Cast<TResult>();
        }

        if (input is { IsValid: false })
        {
            return Outcome.Refused<TResult>(input);
        }

        try
        {
            var result = await change(opened.Value!);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(result);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return refusedField is null ? Outcome.Conflict<TResult>(ex.Message) : Outcome.Refused<TResult>([new FieldRefusal(refusedField, ex.Message)]);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.LostRace<TResult>(changedMeanwhile);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" or "23503" })
        {
            // The input was checked against the data as read; a unique or foreign key the database still refuses means a
            // colleague got there first (the same name added, the entry taken into use just before its deletion).
            db.ChangeTracker.Clear();
            return Outcome.LostRace<TResult>(changedMeanwhile);
        }
    }

    /// <summary>A change that opens nothing first (a new aggregate, or one that is always the actor's own).</summary>
    public Task<Outcome<TResult>> SaveAsync<TResult>(
        ValidationResult? input, Func<Task<TResult>> change, string changedMeanwhile, CancellationToken cancellationToken, string? refusedField = null) =>
        SaveAsync(Outcome.Done(true), input, _ => change(), changedMeanwhile, cancellationToken, refusedField);

    /// <summary>
    /// For changes that take more than one statement — ASP.NET Core Identity's user manager saves on each call, a rename
    /// refreshes search documents after it is saved: <paramref name="before"/>, the tracked changes (logboek entry
    /// included), then <paramref name="after"/>, in one transaction, all or nothing. The tracked changes are accepted only
    /// after the commit, so a retry after a transient failure saves them again instead of finding nothing left to save.
    /// </summary>
    public async Task SaveInTransactionAsync(Func<Task>? before, Func<Task>? after, CancellationToken cancellationToken)
    {
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (before is not null)
            {
                await before();
            }

            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            if (after is not null)
            {
                await after();
            }

            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.AcceptAllChanges();
    }
}
