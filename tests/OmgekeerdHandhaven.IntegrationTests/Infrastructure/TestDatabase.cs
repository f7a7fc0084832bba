using Npgsql;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// A real PostgreSQL database for one test run. ./test.sh starts a project-local server and sets OH_TEST_POSTGRES;
/// without it the tests expect that server on its default port.
/// </summary>
public static class TestDatabase
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("OH_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55433;Username=postgres";

    public static async Task<string> RecreateAsync(string name, string? server = null)
    {
        server ??= ServerConnectionString;
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return $"{server};Database={name}";
    }
}
