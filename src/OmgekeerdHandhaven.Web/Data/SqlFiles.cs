using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OmgekeerdHandhaven.Web.Data;

/// <summary>
/// The database's functions and triggers, one file per function with the triggers that call it (Data/Sql/*.sql,
/// embedded): the current definition is read in one place instead of as the last of several CREATE OR REPLACE in
/// migrations. Each file starts with "-- version N". To change one: edit the file, raise its version, and add a
/// migration that calls <see cref="ApplySqlFile"/> with the new version (after any schema change it needs). An older
/// migration naming an older version skips the file, so a fresh database gets each version where its migration stands.
/// SqlFilesTests holds every released version's checksum: an edit that keeps the version number fails there.
/// </summary>
public static class SqlFiles
{
    private const string Prefix = "OmgekeerdHandhaven.Web.Data.Sql.";

    /// <summary>Every file's name (without .sql).</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(SqlFiles).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".sql".Length]).Order(StringComparer.Ordinal)];

    public static (int Version, string Sql) Read(string name)
    {
        using var stream = typeof(SqlFiles).Assembly.GetManifestResourceStream(Prefix + name + ".sql")
            ?? throw new InvalidOperationException($"No SQL file Data/Sql/{name}.sql.");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd());
    }

    /// <summary>The version in the first line, and the text with \n line endings whatever the checkout's were.</summary>
    public static (int Version, string Sql) Parse(string name, string text)
    {
        var sql = text.ReplaceLineEndings("\n");
        const string Header = "-- version ";
        var firstLine = sql.Split('\n', 2)[0];
        if (!firstLine.StartsWith(Header, StringComparison.Ordinal) || !int.TryParse(firstLine[Header.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Data/Sql/{name}.sql must start with '-- version N'.");
        }

        return (version, sql);
    }

    /// <summary>Applies the file when it is at <paramref name="version"/>; a newer version is a later migration's to apply.</summary>
    public static void ApplySqlFile(this MigrationBuilder migrationBuilder, string name, int version)
    {
        var (current, sql) = Read(name);
        if (current == version)
        {
            migrationBuilder.Sql(sql);
        }
    }
}
