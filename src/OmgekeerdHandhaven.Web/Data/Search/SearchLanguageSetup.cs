using System.Data;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OmgekeerdHandhaven.Web.Data.Search;

/// <summary>
/// Loads what Dutch search needs into the database after migrating: the lexicon for splitting compounds (the Debian
/// word list wdutch when installed, plus the app's domain words) and the default thesaurus. Each source is loaded
/// again only when its content changed; a changed lexicon splits again the words whose parts change, and indexes again
/// the dilemmas that hold them.
/// </summary>
public sealed partial class SearchLanguageSetup(AppDbContext db, IOptions<SearchLanguageOptions> options, ILogger<SearchLanguageSetup> logger)
{

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var wordListPath = options.Value.WordListPath;
        var wordList = File.Exists(wordListPath) ? await File.ReadAllTextAsync(wordListPath, cancellationToken) : string.Empty;
        if (wordList.Length == 0)
        {
            LogNoWordList(logger, wordListPath);
        }

        var domainWords = Resource("domeinwoorden.txt");
        var strongVerbs = Resource("sterke-werkwoorden.txt");
        var irregular = Resource("onregelmatige-afleidingen.txt");
        var synonyms = Resource("synoniemen.txt");

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

            // Two instances starting at once load once.
            await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(727274)", cancellationToken);
            var loaded = await LoadedVersionsAsync(connection, cancellationToken);

            var lexiconVersion = Hash(wordList + "\n--\n" + domainWords + "\n--\n" + strongVerbs + "\n--\n" + irregular);
            if (loaded.GetValueOrDefault("lexicon") != lexiconVersion)
            {
                await LoadLexiconAsync(connection, wordList, domainWords, cancellationToken);
                await LoadVerbFormsAsync(connection, strongVerbs, irregular, cancellationToken);
                // Only the words whose parts or bases change with the new lists are split again, and only the dilemmas
                // holding them indexed again: a new domain word touches a few words, and re-indexing a register of a
                // million dilemmas would keep the app from starting for hours. The first load indexes every dilemma:
                // those of a register from before the lexicon were indexed without any parts.
                await ExecuteAsync(connection, !loaded.ContainsKey("lexicon")
                    ? "TRUNCATE search_compounds; SELECT count(refresh_dilemma_search(id)) FROM dilemmas"
                    : """
                    CREATE TEMP TABLE resplit ON COMMIT DROP AS
                        SELECT c.word FROM search_compounds c
                        WHERE c.parts IS DISTINCT FROM search_split(c.word) OR c.bases IS DISTINCT FROM search_bases(c.word);
                    DELETE FROM search_compounds c USING resplit r WHERE c.word = r.word;
                    -- In batches of 2 000 words: one tsquery of every word a new wdutch changes could pass PostgreSQL's
                    -- 1 MB limit for a tsquery, and the start would fail every time.
                    DO $$
                    DECLARE words tsquery;
                    BEGIN
                        FOR words IN
                            SELECT string_agg(plainto_tsquery('dutch_unaccent', r.word)::text, ' | ')::tsquery
                            FROM (SELECT word, (row_number() OVER (ORDER BY word) - 1) / 2000 AS batch FROM resplit
                                  WHERE numnode(plainto_tsquery('dutch_unaccent', word)) > 0) r
                            GROUP BY r.batch
                        LOOP
                            PERFORM refresh_dilemma_search(s.dilemma_id) FROM dilemma_search s WHERE s.document @@ words;
                        END LOOP;
                    END $$;
                    """, cancellationToken);
                await SetVersionAsync(connection, "lexicon", lexiconVersion, cancellationToken);
            }

            var synonymsVersion = Hash(synonyms);
            if (loaded.GetValueOrDefault("synoniemen") != synonymsVersion)
            {
                await LoadSynonymsAsync(connection, synonyms, cancellationToken);
                await SetVersionAsync(connection, "synoniemen", synonymsVersion, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            await EnsureRumIndexAsync(connection, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>
    /// The rum index orders matches by rank inside the index, so the top of a common word is found without ranking
    /// every match. It needs the extension (Debian: postgresql-NN-rum) and a superuser to create it; without it search
    /// ranks with ts_rank_cd over the GIN matches, slower at large numbers.
    /// </summary>
    private async Task EnsureRumIndexAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var check = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum'),
                   EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'ix_dilemma_search_document_rum')
            """, connection);
        bool available, present;
        await using (var reader = await check.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (available, present) = (reader.GetBoolean(0), reader.GetBoolean(1));
        }

        if (present)
        {
            return;
        }

        if (!available)
        {
            LogNoRum(logger);
            return;
        }

        try
        {
            await ExecuteAsync(connection, """
                CREATE EXTENSION IF NOT EXISTS rum;
                CREATE INDEX IF NOT EXISTS ix_dilemma_search_document_rum ON dilemma_search USING rum (document rum_tsvector_ops);
                """, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            LogNoRum(logger);
        }
    }

    /// <summary>The lines of an embedded list without comments and blank lines.</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static async Task LoadLexiconAsync(NpgsqlConnection connection, string wordList, string domainWords, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "TRUNCATE search_lexicon; CREATE TEMP TABLE lexicon_import (word text) ON COMMIT DROP", cancellationToken);
        await using (var writer = await connection.BeginTextImportAsync("COPY lexicon_import (word) FROM STDIN", cancellationToken))
        {
            // Lower-case entries only: capitalised ones are names and abbreviations, not parts of compounds.
            foreach (var line in wordList.Split('\n'))
            {
                var word = line.Trim();
                if (word.Length >= 4 && LowerCaseWord().IsMatch(word))
                {
                    await writer.WriteLineAsync(word);
                }
            }
        }

        await ExecuteAsync(connection, """
            INSERT INTO search_lexicon (word, source)
            SELECT DISTINCT lower(unaccent(word)), 'woordenlijst' FROM lexicon_import WHERE lower(unaccent(word)) ~ '^[a-z]{4,30}$'
            """, cancellationToken);

        var entries = Lines(domainWords).ToList();
        await using var command = new NpgsqlCommand("""
            INSERT INTO search_lexicon (word, source, usable)
            SELECT w, 'domein', u FROM unnest(@words, @usable) AS x (w, u)
            ON CONFLICT (word) DO UPDATE SET source = 'domein', usable = excluded.usable
            """, connection);
        command.Parameters.AddWithValue("words", entries.Select(e => e.TrimStart('-')).ToArray());
        command.Parameters.AddWithValue("usable", entries.Select(e => !e.StartsWith('-')).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The forms of the strong and irregular verbs ("kocht", "gekocht" → "kopen"), so a derivation meets its verb when
    /// no rule of endings can ("verkocht" finds "verkopen" and "verkoop"); and nouns whose stem differs from their
    /// verb's ("afspraak" → "afspreken", so "afspraak" finds "afgesproken").
    /// </summary>
    private static async Task LoadVerbFormsAsync(NpgsqlConnection connection, string strongVerbs, string irregular, CancellationToken cancellationToken)
    {
        var forms = Lines(strongVerbs)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 4)
            .SelectMany(fields => fields.Skip(1).Where(form => form != "-").Select(form => (Form: form, Infinitive: fields[0])))
            .Concat(Lines(irregular).Select(line => line.Split('\t')).Where(fields => fields.Length == 2).Select(fields => (Form: fields[0], Infinitive: fields[1])))
            .Distinct()
            .ToList();
        await using var command = new NpgsqlCommand("""
            TRUNCATE search_verb_forms;
            INSERT INTO search_verb_forms (form, infinitive)
            SELECT DISTINCT lower(unaccent(f)), lower(unaccent(i)) FROM unnest(@forms, @infinitives) AS x (f, i)
            ON CONFLICT DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("forms", forms.Select(f => f.Form).ToArray());
        command.Parameters.AddWithValue("infinitives", forms.Select(f => f.Infinitive).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The shipped thesaurus: a line "a, b, c" finds each term by each other; "algemeen > a, b" lets the general word
    /// find the specific ones, not the reverse (its heads are the terms a search may start from).
    /// </summary>
    private static async Task LoadSynonymsAsync(NpgsqlConnection connection, string synonyms, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "DELETE FROM search_default_synonyms", cancellationToken);
        // One statement for all groups: the rules are rebuilt by a trigger per statement, not once per group.
        var groups = Lines(synonyms).Select(ParseGroup).Select(g => new { t = g.Terms, h = g.Heads }).ToList();
        await using var command = new NpgsqlCommand("""
            INSERT INTO search_default_synonyms (terms, heads)
            SELECT ARRAY(SELECT jsonb_array_elements_text(g -> 't')),
                   CASE WHEN jsonb_typeof(g -> 'h') = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(g -> 'h')) END
            FROM jsonb_array_elements(@groups) WITH ORDINALITY AS x (g, n) ORDER BY n
            """, connection);
        command.Parameters.AddWithValue("groups", NpgsqlTypes.NpgsqlDbType.Jsonb, System.Text.Json.JsonSerializer.Serialize(groups));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A thesaurus line: its terms, and for a one-way line ("algemeen > a, b") the head the search starts from.</summary>
    public static (IReadOnlyList<string>? Heads, IReadOnlyList<string> Terms) ParseGroup(string line)
    {
        var arrow = line.IndexOf('>', StringComparison.Ordinal);
        if (arrow < 0)
        {
            return (null, Domain.SynonymGroup.Parse(line));
        }

        var heads = Domain.SynonymGroup.Parse(line[..arrow]);
        return (heads, [.. heads.Concat(Domain.SynonymGroup.Parse(line[(arrow + 1)..])).Distinct(StringComparer.Ordinal)]);
    }

    private static async Task<Dictionary<string, string>> LoadedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT name, version FROM search_language_sources", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions[reader.GetString(0)] = reader.GetString(1);
        }

        return versions;
    }

    private static async Task SetVersionAsync(NpgsqlConnection connection, string name, string version, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO search_language_sources (name, version) VALUES (@name, @version) ON CONFLICT (name) DO UPDATE SET version = excluded.version", connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("version", version);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Resource(string name)
    {
        using var stream = typeof(SearchLanguageSetup).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Ll}+$")]
    private static partial System.Text.RegularExpressions.Regex LowerCaseWord();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rum extension is not available or may not be created: search ranks without it (slower at large numbers). Install postgresql-NN-rum.")]
    private static partial void LogNoRum(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Word list {Path} not found: compounds are split with the domain words only. Install the Debian package wdutch.")]
    private static partial void LogNoWordList(ILogger logger, string path);
}
