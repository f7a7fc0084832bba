using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core sends while serving a request, to prove a page's query count does not grow with its
/// data (no N+1). Background services (the outbox, the provider origins, …) query on their own clock and would make
/// the count depend on timing, so commands outside a request are not counted.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    // Reads the same async-local request as the app's own accessor.
    private readonly HttpContextAccessor _requests = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountIfInRequest();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        CountIfInRequest();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void CountIfInRequest()
    {
        if (_requests.HttpContext is not null)
        {
            Interlocked.Increment(ref _count);
        }
    }
}
