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

    public async Task<Outcome<TResult>> SaveAsync<TSubject, TResult>(
        Outcome<TSubject> opened, ValidationResult? input, Func<TSubject, Task<TResult>> change, string changedMeanwhile, CancellationToken cancellationToken)
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
            return Outcome.Conflict<TResult>(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict<TResult>(changedMeanwhile);
        }
    }

    /// <summary>A change that opens nothing first (a new aggregate, or one that is always the actor's own).</summary>
    public Task<Outcome<TResult>> SaveAsync<TResult>(ValidationResult? input, Func<Task<TResult>> change, string changedMeanwhile, CancellationToken cancellationToken) =>
        SaveAsync(Outcome.Done(true), input, _ => change(), changedMeanwhile, cancellationToken);
}
