using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data;

/// <summary>
/// Hands out the next number for a gemeente and year. Must run inside the transaction that saves the dilemma:
/// the upsert locks the counter row until commit, so concurrent creators queue up, and a rollback gives the
/// number back — numbers stay unique and without gaps.
/// </summary>
public static class DilemmaNumbers
{
    public static async Task<DilemmaNumber> NextAsync(AppDbContext db, Guid municipalityId, int year, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A dilemma number must be taken inside the transaction that saves the dilemma.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = """
            INSERT INTO dilemma_number_counters (municipality_id, year, last_sequence) VALUES (@municipality, @year, 1)
            ON CONFLICT (municipality_id, year) DO UPDATE SET last_sequence = dilemma_number_counters.last_sequence + 1
            RETURNING last_sequence
            """;
        var municipality = command.CreateParameter();
        municipality.ParameterName = "municipality";
        municipality.Value = municipalityId;
        command.Parameters.Add(municipality);
        var yearParameter = command.CreateParameter();
        yearParameter.ParameterName = "year";
        yearParameter.Value = year;
        command.Parameters.Add(yearParameter);
        var sequence = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new DilemmaNumber(year, sequence);
    }
}
