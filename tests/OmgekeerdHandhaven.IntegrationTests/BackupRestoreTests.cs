using Npgsql;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// ./run.sh backup and ./run.sh restore (scripts/backup.sh) for real: the test database is dumped with pg_dump and
/// restored into a fresh database, which must hold every dilemma, decision and logboek entry — and keep the logboek
/// append-only. A broken file must leave the target as it was.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class BackupRestoreTests(AppFactory app)
{
    private static readonly string[] Tables = ["dilemmas", "decisions", "agreements", "comments", "audit_entries", "users"];

    [Fact]
    public async Task Backup_RestoredIntoAFreshDatabase_HoldsEveryDilemmaDecisionAndAuditEntry()
    {
        // Something of this test's own in it, decided, so the dump is not just demo data.
        using (var beslisser = app.CreateSession())
        using (var handhaver = app.CreateSession())
        {
            await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
            await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
            var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true);
            await DilemmaSteps.DecideAsync(beslisser, number, ("Solution", "Jeugdhulp krijgt zes weken."), ("Rationale", "Niet wegkijken, niet breken."));
        }

        var directory = Directory.CreateTempSubdirectory("oh-backup-");
        var file = Path.Combine(directory.FullName, "register.dump");
        var restored = $"oh_restore_{Guid.NewGuid():N}"[..24];
        try
        {
            var backup = await RunAsync(app.ConnectionString, "backup", file);
            Assert.True(backup.ExitCode == 0, backup.Output);
            Assert.Contains("Back-up gemaakt", backup.Output, StringComparison.Ordinal);
            var original = await IdsAsync(app.ConnectionString);

            var restore = await RunAsync($"{TestDatabase.ServerConnectionString};Database={restored}", "restore", file);
            Assert.True(restore.ExitCode == 0, restore.Output);

            var copy = await IdsAsync($"{TestDatabase.ServerConnectionString};Database={restored}");
            foreach (var table in Tables)
            {
                Assert.True(original[table].Count > 0, $"{table} is leeg; de test bewijst dan niets");
                Assert.Equal(original[table], copy[table]);
            }

            // The logboek's guard came along: the restored copy refuses to change history.
            await using var connection = new NpgsqlConnection($"{TestDatabase.ServerConnectionString};Database={restored}");
            await connection.OpenAsync();
            await using var update = new NpgsqlCommand("update audit_entries set summary = 'vervalst'", connection);
            var refusal = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
            Assert.Equal("Het logboek kan niet worden gewijzigd of verwijderd.", refusal.MessageText);

            // A file that is no back-up is refused, and the database it would replace stays as it was.
            var broken = Path.Combine(directory.FullName, "kapot.dump");
            await File.WriteAllTextAsync(broken, "geen back-up");
            var refused = await RunAsync($"{TestDatabase.ServerConnectionString};Database={restored}", "restore", broken);
            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains("Er is niets gewijzigd", refused.Output, StringComparison.Ordinal);
            Assert.Equal(copy["dilemmas"], (await IdsAsync($"{TestDatabase.ServerConnectionString};Database={restored}"))["dilemmas"]);
        }
        finally
        {
            directory.Delete(recursive: true);
            await using var connection = new NpgsqlConnection($"{TestDatabase.ServerConnectionString};Database=postgres");
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{restored}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task<Dictionary<string, List<Guid>>> IdsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var result = new Dictionary<string, List<Guid>>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"select id from {table} order by id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var ids = new List<Guid>();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }

            result[table] = ids;
        }

        return result;
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string connectionString, params string[] args) =>
        ExternalProcess.RunScriptAsync(new Dictionary<string, string> { ["ConnectionStrings__Default"] = connectionString }, ["run.sh", .. args]);
}
