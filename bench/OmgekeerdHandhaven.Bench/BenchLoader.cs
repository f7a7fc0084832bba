using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace OmgekeerdHandhaven.Bench;

/// <summary>
/// Loads N generated dilemmas into Gemeente Voorbeeld of a migrated, demo-seeded database with COPY. The search
/// triggers are switched off during the load and each document is built once afterwards, on both cores.
/// </summary>
internal static class BenchLoader
{
    private static readonly string[] Hennep = ["hennep"];

    private static readonly string[] Triggers = ["dilemmas", "decisions", "comments", "dilemma_policy_areas", "agreements"];

    public static async Task<TimeSpan> LoadAsync(string connectionString, int count, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync();

        var municipalityId = await ScalarAsync<Guid>(connection, "SELECT id FROM municipalities WHERE code = 'GM0000'");
        var handhaverId = await ScalarAsync<Guid>(connection, "SELECT id FROM users WHERE email = 'handhaver@voorbeeld.nl'");
        var consulentId = await ScalarAsync<Guid>(connection, "SELECT id FROM users WHERE email = 'consulent@voorbeeld.nl'");
        var beslisserId = await ScalarAsync<Guid>(connection, "SELECT id FROM users WHERE email = 'beslisser@voorbeeld.nl'");
        var areas = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT name, id FROM policy_areas WHERE municipality_id = @m", connection))
        {
            command.Parameters.AddWithValue("m", municipalityId);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                areas[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        foreach (var table in Triggers)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} DISABLE TRIGGER dilemma_search_refresh");
        }

        var generator = new DutchCaseGenerator(seed: 20261129);
        var ids = new List<Guid>(count);
        var sequences = new Dictionary<int, int>();
        var options = JsonSerializer.Serialize(new[]
        {
            new { Description = "Strikt handhaven: terugvorderen en een boete opleggen", Consequences = "Duidelijk signaal, maar het huishouden komt verder in de problemen." },
            new { Description = "Maatwerk met afspraken en een termijn", Consequences = "Ruimte voor herstel; de afspraken moeten wel worden gevolgd." },
        });
        var cases = new List<(Guid Id, GeneratedCase Case)>(count);
        await using (var dilemmas = await connection.BeginBinaryImportAsync(
            "COPY dilemmas (id, municipality_id, year, sequence, author_id, created_at, updated_at, submitted_at, status, title, situation, question, phase, risk_signals, options) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var generated = generator.Next();
                var id = Guid.NewGuid();
                var year = generated.CreatedAt.Year;
                var sequence = sequences[year] = sequences.GetValueOrDefault(year, 10_000) + 1;
                var author = i % 3 == 0 ? consulentId : handhaverId;
                await dilemmas.StartRowAsync();
                await dilemmas.WriteAsync(id, NpgsqlDbType.Uuid);
                await dilemmas.WriteAsync(municipalityId, NpgsqlDbType.Uuid);
                await dilemmas.WriteAsync(year, NpgsqlDbType.Integer);
                await dilemmas.WriteAsync(sequence, NpgsqlDbType.Integer);
                await dilemmas.WriteAsync(author, NpgsqlDbType.Uuid);
                await dilemmas.WriteAsync(generated.CreatedAt, NpgsqlDbType.TimestampTz);
                await dilemmas.WriteAsync(generated.CreatedAt.AddDays(3), NpgsqlDbType.TimestampTz);
                if (generated.Status == "Draft")
                {
                    await dilemmas.WriteNullAsync();
                }
                else
                {
                    await dilemmas.WriteAsync(generated.CreatedAt.AddHours(2), NpgsqlDbType.TimestampTz);
                }

                await dilemmas.WriteAsync(generated.Status, NpgsqlDbType.Varchar);
                await dilemmas.WriteAsync(generated.Title, NpgsqlDbType.Varchar);
                await dilemmas.WriteAsync(generated.Situation, NpgsqlDbType.Varchar);
                await dilemmas.WriteAsync(generated.Question, NpgsqlDbType.Varchar);
                await dilemmas.WriteAsync(generated.Phase, NpgsqlDbType.Varchar);
                await dilemmas.WriteAsync(generated.Title.Contains("hennep", StringComparison.Ordinal) ? Hennep : [], NpgsqlDbType.Array | NpgsqlDbType.Text);
                await dilemmas.WriteAsync(options, NpgsqlDbType.Jsonb);
                ids.Add(id);
                cases.Add((id, generated));
            }

            await dilemmas.CompleteAsync();
        }

        await log.WriteLineAsync($"  dilemmas: {count} in {clock.Elapsed.TotalSeconds:F0} s");

        await using (var links = await connection.BeginBinaryImportAsync("COPY dilemma_policy_areas (dilemma_id, policy_area_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, generated) in cases)
            {
                foreach (var area in generated.PolicyAreas)
                {
                    await links.WriteRowAsync(default, id, areas[area]);
                }
            }

            await links.CompleteAsync();
        }

        await using (var decisions = await connection.BeginBinaryImportAsync(
            "COPY decisions (id, municipality_id, dilemma_id, solution, rationale, decided_by_id, decided_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, generated) in cases.Where(c => c.Case.Decision is not null))
            {
                await decisions.WriteRowAsync(default, Guid.NewGuid(), municipalityId, id, generated.Decision!.Value.Solution, generated.Decision.Value.Rationale,
                    beslisserId, generated.CreatedAt.AddDays(3));
            }

            await decisions.CompleteAsync();
        }

        await using (var comments = await connection.BeginBinaryImportAsync(
            "COPY comments (id, municipality_id, dilemma_id, author_id, kind, body, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, generated) in cases)
            {
                foreach (var body in generated.Comments)
                {
                    await comments.WriteRowAsync(default, Guid.NewGuid(), municipalityId, id, consulentId, "Question", body, generated.CreatedAt.AddDays(1));
                }
            }

            await comments.CompleteAsync();
        }

        await ExecuteAsync(connection, $"""
            INSERT INTO dilemma_number_counters (municipality_id, year, last_sequence)
            SELECT '{municipalityId}', year, max(sequence) FROM dilemmas WHERE municipality_id = '{municipalityId}' GROUP BY year
            ON CONFLICT (municipality_id, year) DO UPDATE SET last_sequence = greatest(dilemma_number_counters.last_sequence, excluded.last_sequence)
            """);
        foreach (var table in Triggers)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} ENABLE TRIGGER dilemma_search_refresh");
        }

        await log.WriteLineAsync($"  related rows loaded after {clock.Elapsed.TotalSeconds:F0} s; building search documents on two connections…");

        // One document per dilemma, built once; the compound memo fills on the first rows, so warm it on one
        // connection before splitting the work.
        var warm = ids.Take(500).ToArray();
        await RefreshAsync(dataSource, warm);
        await Task.WhenAll(
            RefreshAsync(dataSource, [.. ids.Skip(500).Where((_, i) => i % 2 == 0)]),
            RefreshAsync(dataSource, [.. ids.Skip(500).Where((_, i) => i % 2 == 1)]));
        await log.WriteLineAsync($"  search documents built after {clock.Elapsed.TotalSeconds:F0} s");
        await ExecuteAsync(connection, "VACUUM ANALYZE");
        return clock.Elapsed;
    }

    private static async Task RefreshAsync(NpgsqlDataSource dataSource, Guid[] ids)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var batch in ids.Chunk(2_000))
        {
            await using var command = new NpgsqlCommand("SELECT count(refresh_dilemma_search(id)) FROM unnest(@ids) AS id", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("ids", batch);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"Nothing found: {sql}. Run migrate and seed-demo first."));
    }
}
