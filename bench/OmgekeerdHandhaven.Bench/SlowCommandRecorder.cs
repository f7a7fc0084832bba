using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace OmgekeerdHandhaven.Bench;

/// <summary>Keeps the SQL the search layer sends, with parameters and duration, so the slowest can be EXPLAINed.</summary>
internal sealed class SlowCommandRecorder : DbCommandInterceptor
{
    public ConcurrentBag<(string Sql, NpgsqlParameter[] Parameters, double Milliseconds)> Commands { get; } = [];

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Commands.Add((command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())], eventData.Duration.TotalMilliseconds));
        return ValueTask.FromResult(result);
    }
}
