using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Search;

namespace OmgekeerdHandhaven.Bench;

/// <summary>
/// Measures search at N dilemmas: (a) the search layer straight on PostgreSQL (the app's own DilemmaSearch, no HTTP)
/// and (b) Zoeken and the API over HTTP, each at concurrency 1 and 8, plus similar dilemmas; writes the results file.
/// </summary>
internal static partial class SearchBenchmark
{
    private const string Consulent = "consulent@voorbeeld.nl";
    private const string Password = "Dilemmaregister-demo-2026";

    private static readonly SlowCommandRecorder Recorder = new();

    private static readonly SearchCapabilities Capabilities = new(Microsoft.Extensions.Options.Options.Create(new SearchOptions()));

    public static async Task<int> RunAsync(string connectionString, string baseUrl, string token, string outFile, int count, TextWriter log)
    {
        var recorder = Recorder;
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(OmgekeerdHandhaven.Web.ApplicationSetup.PooledConnectionString(connectionString)).UseSnakeCaseNamingConvention().AddInterceptors(recorder).Options;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var (municipalityId, consulentId) = await IdsAsync(dataSource);
        var tenant = new FixedTenant(municipalityId);
        var actor = new Actor(consulentId, new HashSet<string> { Roles.Consulent });
        var samples = await SampleDilemmasAsync(dataSource, municipalityId);
        var mix = await WithCursorsAsync(options, tenant, actor, BenchQuery.Mix);

        if (Environment.GetEnvironmentVariable("OH_BENCH_QUICK") == "1")
        {
            // OH_BENCH_ONLY=text: only the searches of the mix whose query string holds that text.
            var only = Environment.GetEnvironmentVariable("OH_BENCH_ONLY");
            await QuickAsync(options, tenant, actor, only is null ? mix : [.. mix.Where(q => q.ToString().Contains(only, StringComparison.Ordinal))], recorder, log);
            return 0;
        }

        using var page = count > 100_000 ? new HttpClient() : await LoggedInClientAsync(baseUrl);
        using var api = new HttpClient { BaseAddress = new Uri(baseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var results = new List<Latencies>();
        if (count > 100_000)
        {
            // At a million the target is the search layer alone; HTTP and concurrency 8 are measured at 100 000.
            results.Add(await MeasureAsync("Zoeken: zoeklaag op PostgreSQL (geen HTTP)", 1, 1, mix, q => SearchLayerAsync(options, tenant, actor, q), log));
            results.Add(await MeasureAsync("Vergelijkbare dilemma's: zoeklaag (geen HTTP)", 1, 1, samples, s => SimilarLayerAsync(options, tenant, actor, s), log));
        }
        else
        {
            foreach (var concurrency in new[] { 1, 8 })
            {
                var repeat = concurrency == 1 ? 5 : 4;
                results.Add(await MeasureAsync("Zoeken: zoeklaag op PostgreSQL (geen HTTP)", concurrency, repeat, mix, q => SearchLayerAsync(options, tenant, actor, q), log));
                results.Add(await MeasureAsync("Zoeken: pagina /zoeken over HTTP", concurrency, repeat, mix, q => GetAsync(page, "/zoeken?" + q.PageQueryString), log));
                results.Add(await MeasureAsync("Zoeken: API /api/v1/dilemmas over HTTP", concurrency, repeat, mix, q => GetAsync(api, "/api/v1/dilemmas?" + q.ApiQueryString), log));
                results.Add(await MeasureAsync("Vergelijkbare dilemma's: zoeklaag (geen HTTP)", concurrency, repeat, samples, s => SimilarLayerAsync(options, tenant, actor, s), log));
                results.Add(await MeasureAsync("Vergelijkbare dilemma's: API /similar over HTTP", concurrency, repeat, samples, s => GetAsync(api, $"/api/v1/dilemmas/{s.Number}/similar"), log));
            }
        }

        var explains = await ExplainSlowestAsync(dataSource, recorder);
        recorder.Commands.Clear();
        var perQuery = await PerQueryAsync(options, tenant, actor, mix, log);
        var statements = Statements(recorder, perQuery.Sum(q => q.Count));
        var accuracy = await EstimateAccuracyAsync(options, tenant, actor, mix, log);
        await File.WriteAllTextAsync(outFile, await ReportAsync(dataSource, count, results, perQuery, statements, explains, accuracy));
        await log.WriteLineAsync($"Resultaten geschreven naar {outFile}");
        return 0;
    }

    /// <summary>
    /// OH_BENCH_QUICK=1, for comparing two versions of the search code: the search layer alone at concurrency 1, three
    /// times, and where its time goes per SQL statement; printed, no results file.
    /// </summary>
    private static async Task QuickAsync(
        DbContextOptions<AppDbContext> options, ITenantContext tenant, Actor actor, BenchQuery[] mix, SlowCommandRecorder recorder, TextWriter log)
    {
        for (var i = 0; i < 3; i++)
        {
            await MeasureAsync("Zoeken: zoeklaag op PostgreSQL (geen HTTP)", 1, 5, mix, q => SearchLayerAsync(options, tenant, actor, q), log);
        }

        recorder.Commands.Clear();
        var perQuery = await PerQueryAsync(options, tenant, actor, mix, log);
        foreach (var (kind, p50, max, _) in perQuery)
        {
            await log.WriteLineAsync(FormattableString.Invariant($"  {kind}: p50 {p50:F1} ms, hoogste {max:F1} ms"));
        }

        foreach (var (statement, perSearch, meanMs) in Statements(recorder, perQuery.Sum(q => q.Count)))
        {
            await log.WriteLineAsync(FormattableString.Invariant($"  {perSearch:F2} × {meanMs:F2} ms = {perSearch * meanMs:F2} ms per zoekopdracht: {statement}"));
        }
    }

    /// <summary>The cursor of the last row of the page before each deep page, as "Volgende pagina" would carry it.</summary>
    private static async Task<BenchQuery[]> WithCursorsAsync(DbContextOptions<AppDbContext> options, ITenantContext tenant, Actor actor, BenchQuery[] mix)
    {
        var resolved = new List<BenchQuery>();
        foreach (var q in mix)
        {
            if (q.Page == 1)
            {
                resolved.Add(q);
                continue;
            }

            await using var db = new AppDbContext(options, tenant);
            var before = await NewSearch(db, tenant, Capabilities).SearchAsync(actor, Query(q with { Page = q.Page - 1 }), CancellationToken.None);
            resolved.Add(q with { Cursor = before.Last?.Token });
        }

        return [.. resolved];
    }

    private static SearchQuery Query(BenchQuery q) =>
        new(q.Text, q.PolicyArea, q.Status is null ? null : Enum.Parse<DilemmaStatus>(q.Status), null, q.Year, q.DecidedOnly, q.Newest, q.Page, 20,
            SearchCursor.Parse(q.Cursor, backward: false));

    private static async Task SearchLayerAsync(DbContextOptions<AppDbContext> options, ITenantContext tenant, Actor actor, BenchQuery q)
    {
        // What Zoeken asks of the database, in one call: the page of hits, the facet counts, and a suggestion when little is found.
        await using var db = new AppDbContext(options, tenant);
        await NewSearch(db, tenant, Capabilities).SearchAsync(actor, Query(q), CancellationToken.None);
    }

    private static DilemmaSearch NewSearch(AppDbContext db, ITenantContext tenant, SearchCapabilities capabilities) =>
        new(db, tenant, capabilities, new SpellingSuggestions(db, tenant));

    private static async Task SimilarLayerAsync(DbContextOptions<AppDbContext> options, ITenantContext tenant, Actor actor, Sample sample)
    {
        await using var db = new AppDbContext(options, tenant);
        await NewSearch(db, tenant, Capabilities).SimilarAsync(actor, sample.Title, sample.Question, sample.Id, CancellationToken.None);
    }

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
        }

        await response.Content.ReadAsByteArrayAsync();
    }

    private const int WarmUpRounds = 3;

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(10);

    private static async Task<Latencies> MeasureAsync<T>(string scenario, int concurrency, int repeat, IReadOnlyList<T> items, Func<T, Task> run, TextWriter log)
    {
        // Warm up as a server that has been running a while is: at least three rounds and ten seconds. EF compiles each
        // query shape on first use, and .NET's tiered JIT replaces a hot method's first code by optimised code only
        // after it has run a while and no other method has been compiled for 100 ms; three rounds alone left the first
        // measured round ~25 % slower than the next.
        var warming = Stopwatch.StartNew();
        for (var round = 0; round < WarmUpRounds || warming.Elapsed < WarmUpTime; round++)
        {
            foreach (var item in items)
            {
                await run(item);
            }
        }

        var queue = new ConcurrentQueue<T>(Enumerable.Repeat(items, repeat).SelectMany(i => i));
        var latencies = new ConcurrentBag<(double Milliseconds, string What)>();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (queue.TryDequeue(out var item))
            {
                var clock = Stopwatch.StartNew();
                await run(item);
                latencies.Add((clock.Elapsed.TotalMilliseconds, item?.ToString() ?? string.Empty));
            }
        }));
        var slowest = latencies.OrderByDescending(l => l.Milliseconds).Take(Math.Max(1, latencies.Count / 20)).ToList();
        var result = new Latencies(scenario, concurrency, [.. latencies.Select(l => l.Milliseconds)], wall.Elapsed, slowest);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {scenario}, c={concurrency}: p50 {result.Percentile(50):F1} ms, p95 {result.Percentile(95):F1} ms, {result.PerSecond:F0}/s"));
        return result;
    }

    /// <summary>
    /// Where the search layer's time goes, from the commands of the per-kind run: per statement (its first words),
    /// how often it ran per search and its mean time as the client saw it (PostgreSQL plus the round trip).
    /// </summary>
    private static List<(string Statement, double PerSearch, double MeanMs)> Statements(SlowCommandRecorder recorder, int searches) =>
        [.. recorder.Commands
            .GroupBy(c => Regex.Replace(c.Sql, @"\s+", " ").Trim() switch { var flat when flat.Length > 90 => flat[..90] + "…", var flat => flat })
            .Select(g => (Statement: g.Key, PerSearch: g.Count() / (double)searches, MeanMs: g.Average(c => c.Milliseconds)))
            .OrderByDescending(g => g.PerSearch * g.MeanMs)];

    /// <summary>The search layer per query kind at concurrency 1, to see which kind costs what.</summary>
    private static async Task<List<(string Kind, double P50, double Max, int Count)>> PerQueryAsync(
        DbContextOptions<AppDbContext> options, ITenantContext tenant, Actor actor, BenchQuery[] mix, TextWriter log)
    {
        var perKind = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var q in mix)
        {
            for (var i = 0; i < 3; i++)
            {
                var clock = Stopwatch.StartNew();
                await SearchLayerAsync(options, tenant, actor, q);
                (perKind.TryGetValue(q.Kind, out var list) ? list : perKind[q.Kind] = []).Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        await log.WriteLineAsync("  per soort gemeten");
        return [.. perKind.Select(k => (k.Key, new Latencies(k.Key, 1, k.Value, TimeSpan.FromSeconds(1)).Percentile(50), k.Value.Max(), k.Value.Count))];
    }

    /// <summary>
    /// How far the estimated counts of broad searches are from the exact ones: every search of the mix that was
    /// estimated, counted again exactly (a sample too large to take, so the search counts every match), for its total
    /// and for every facet value with at least 200 dilemmas.
    /// </summary>
    private static async Task<List<(BenchQuery Query, int Estimated, int Exact, double WorstFacet)>> EstimateAccuracyAsync(
        DbContextOptions<AppDbContext> options, ITenantContext tenant, Actor actor, BenchQuery[] mix, TextWriter log)
    {
        var exactly = new SearchCapabilities(Microsoft.Extensions.Options.Options.Create(new SearchOptions { SampleRows = 1_000_000_000 }));
        var rows = new List<(BenchQuery, int, int, double)>();
        foreach (var q in mix.Where(q => q.Cursor is null && q.Page == 1))
        {
            await using var db = new AppDbContext(options, tenant);
            var page = await NewSearch(db, tenant, Capabilities).SearchAsync(actor, Query(q), CancellationToken.None);
            var facets = page.Facets!;
            if (!page.TotalEstimated)
            {
                continue;
            }

            var exactPage = await NewSearch(db, tenant, exactly).SearchAsync(actor, Query(q), CancellationToken.None);
            var exactFacets = exactPage.Facets!;
            static IEnumerable<double> Errors<TKey>(IReadOnlyDictionary<TKey, int> estimated, IReadOnlyDictionary<TKey, int> exact)
                where TKey : notnull =>
                exact.Where(e => e.Value >= 200).Select(e => Math.Abs(estimated.GetValueOrDefault(e.Key) - e.Value) / (double)e.Value);
            var worst = Errors(facets.PolicyAreas, exactFacets.PolicyAreas).Concat(Errors(facets.Statuses, exactFacets.Statuses))
                .Concat(Errors(facets.Phases, exactFacets.Phases)).Concat(Errors(facets.Years, exactFacets.Years)).DefaultIfEmpty(0).Max();
            rows.Add((q, page.Total, exactPage.Total, worst));
        }

        await log.WriteLineAsync($"  schattingen vergeleken: {rows.Count}");
        return rows;
    }

    private static async Task<List<(double Milliseconds, string Sql, string Plan)>> ExplainSlowestAsync(NpgsqlDataSource dataSource, SlowCommandRecorder recorder)
    {
        var slowest = recorder.Commands.GroupBy(c => c.Sql).Select(g => g.MaxBy(c => c.Milliseconds)).OrderByDescending(c => c.Milliseconds).Take(3).ToList();
        var plans = new List<(double, string, string)>();
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var (sql, parameters, ms) in slowest)
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(parameter.Clone());
            }
            var plan = new StringBuilder();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.AppendLine(reader.GetString(0));
            }

            var shown = string.Join(", ", parameters.Select(p => $"{p.ParameterName} = {FormatValue(p.Value)}"));
            plans.Add((ms, sql + (shown.Length > 0 ? $"\n-- {shown}" : string.Empty), plan.ToString()));
        }

        return plans;
    }

    private static string FormatValue(object? value) => value switch
    {
        null => "NULL",
        Array array => "{" + string.Join(",", array.Cast<object>().Take(5)) + (array.Length > 5 ? ",…" : "") + "}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static async Task<string> ReportAsync(NpgsqlDataSource dataSource, int count, List<Latencies> results, List<(string Kind, double P50, double Max, int Count)> perQuery,
        List<(string Statement, double PerSearch, double MeanMs)> statements,
        List<(double Milliseconds, string Sql, string Plan)> explains, List<(BenchQuery Query, int Estimated, int Exact, double WorstFacet)> accuracy)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var version = new NpgsqlCommand("SELECT version(), (SELECT count(*) FROM dilemmas), (SELECT count(*) FROM pg_extension WHERE extname = 'rum'), pg_size_pretty(pg_database_size(current_database())), current_setting('shared_buffers'), current_setting('jit')", connection);
        await using var reader = await version.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (pg, dilemmas, rum, size) = (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2) > 0, reader.GetString(3));
        var (sharedBuffers, jit) = (reader.GetString(4), reader.GetString(5));

        var sql1 = Find(results, "zoeklaag op PostgreSQL", 1);
        var targets = new List<(string Target, string Measured, bool Met)>();
        if (count <= 100_000)
        {
            var sql8 = Find(results, "zoeklaag op PostgreSQL", 8);
            var page1 = Find(results, "pagina /zoeken", 1);
            var page8 = Find(results, "pagina /zoeken", 8);
            var similar = Find(results, "Vergelijkbare dilemma's: API", 1);
            targets.Add(AtMost("Zoeklaag p95 ≤ 20 ms (c=1)", sql1.Percentile(95), 20));
            // Issue #18 tightened the page from 40 to 30 ms with the richer query (synonyms, compounds, derivations).
            targets.Add(AtMost("Pagina p95 ≤ 30 ms (c=1)", page1.Percentile(95), 30));
            targets.Add(("HTTP-doorvoer ≥ 50 % van zoeklaag (c=8)", $"{page8.PerSecond / sql8.PerSecond * 100:F0} %", page8.PerSecond >= sql8.PerSecond / 2));
            targets.Add(AtMost("Vergelijkbare dilemma's p95 ≤ 40 ms", similar.Percentile(95), 40));
        }
        else
        {
            // Issue #18: the search layer at a million as at 100 000 (was 100 ms).
            targets.Add(AtMost("Zoeklaag p95 ≤ 20 ms (c=1)", sql1.Percentile(95), 20));
        }

        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Zoeken bij {count:N0} dilemma's");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Datum: {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Machine()}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Database: {pg.Split(',')[0]}; {dilemmas:N0} dilemma's in de database ({size}); rum: {(rum ? "ja" : "nee")}; shared_buffers {sharedBuffers}, jit {jit}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Querymix: {BenchQuery.Mix.Length} zoekopdrachten (bench/OmgekeerdHandhaven.Bench/BenchQueries.cs),  bij 100 000: c=1 vijf keer, c=8 vier keer, na ten minste {WarmUpRounds} opwarmrondes en {WarmUpTime.TotalSeconds:F0} s opwarmen (bij meer: alleen de zoeklaag, c=1, één keer, na hetzelfde opwarmen); 30 voorbeelddilemma's voor vergelijkbare dilemma's.");
        md.AppendLine("- De zoeklaag is de code die /zoeken gebruikt (DilemmaSearch: treffers, facetten, suggestie bij weinig treffers) rechtstreeks op PostgreSQL, zonder HTTP.");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Zoekopdrachten worden op relevantie gerangschikt; brede (meer dan {Capabilities.BroadSearch:N0} treffers) tonen besloten dilemma's eerst, nieuwste eerst, uit een index. Minder dan drie treffers met alle woorden: de beste met een deel ervan eronder.");
        md.AppendLine();
        md.AppendLine("## Doelen");
        md.AppendLine();
        md.AppendLine("| Doel | Gemeten | Gehaald |");
        md.AppendLine("| --- | --- | --- |");
        foreach (var (target, measured, met) in targets)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {target} | {measured} | {(met ? "ja" : "**nee**")} |");
        }

        md.AppendLine();
        md.AppendLine("## Metingen");
        md.AppendLine();
        md.AppendLine("| Scenario | Gelijktijdig | Aantal | p50 (ms) | p95 (ms) | p99 (ms) | Per seconde |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in results)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Scenario} | {r.Concurrency} | {r.Milliseconds.Count} | {r.Percentile(50):F1} | {r.Percentile(95):F1} | {r.Percentile(99):F1} | {r.PerSecond:F1} |");
        }

        md.AppendLine();
        md.AppendLine("De traagste 5 % van de zoeklaag bij c=1 (samen de p95):");
        md.AppendLine();
        foreach (var (ms, what) in sql1.Slowest ?? [])
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {ms:F1} ms — {what}");
        }

        md.AppendLine();
        md.AppendLine("## Zoeklaag per soort zoekopdracht (c=1, drie keer)");
        md.AppendLine();
        md.AppendLine("| Soort | p50 (ms) | Hoogste (ms) |");
        md.AppendLine("| --- | --- | --- |");
        foreach (var (kind, p50, max, _) in perQuery)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {p50:F1} | {max:F1} |");
        }

        md.AppendLine();
        md.AppendLine("## Waar de tijd van de zoeklaag zit (dezelfde run, per SQL-opdracht)");
        md.AppendLine();
        md.AppendLine("| Opdracht | Keer per zoekopdracht | Gemiddeld (ms) | Per zoekopdracht (ms) |");
        md.AppendLine("| --- | --- | --- | --- |");
        foreach (var (statement, perSearch, mean) in statements)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| `{statement.Replace("|", "\\|", StringComparison.Ordinal)}` | {perSearch:F2} | {mean:F2} | {perSearch * mean:F2} |");
        }

        md.AppendLine();
        md.AppendLine("## Geschatte aantallen");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Brede zoekopdrachten worden geteld in een steekproef van ongeveer {Capabilities.SampleRows:N0} dilemma's van de gemeente (TABLESAMPLE SYSTEM, steeds dezelfde pagina's) en getoond als \"ca.\", afgerond op twee cijfers. Hieronder elke geschatte zoekopdracht van de mix naast de exacte telling; \"facet\" is de grootste afwijking over alle filterwaarden met minstens 200 dilemma's.");
        md.AppendLine();
        if (accuracy.Count > 0)
        {
            var errors = accuracy.Select(a => Math.Abs(a.Estimated - a.Exact) / (double)a.Exact).ToList();
            md.AppendLine(CultureInfo.InvariantCulture, $"Totalen: gemiddeld {errors.Average() * 100:F1} % ernaast, hoogstens {errors.Max() * 100:F1} %; facetten hoogstens {accuracy.Max(a => a.WorstFacet) * 100:F1} % ernaast.");
            md.AppendLine();
            md.AppendLine("| Zoekopdracht | Geschat | Exact | Totaal ernaast | Facet hoogstens ernaast |");
            md.AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var (query, estimated, exact, worst) in accuracy)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {query.Kind}: `{query.PageQueryString}` | {estimated:N0} | {exact:N0} | {Math.Abs(estimated - exact) * 100.0 / exact:F1} % | {worst * 100:F1} % |");
            }
        }
        else
        {
            md.AppendLine("Geen enkele zoekopdracht van de mix werd geschat.");
        }

        md.AppendLine();
        md.AppendLine("## EXPLAIN ANALYZE van de traagste SQL");
        foreach (var (ms, sql, plan) in explains)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Gemeten {ms:F1} ms:");
            md.AppendLine();
            md.AppendLine("```sql");
            md.AppendLine(sql);
            md.AppendLine("```");
            md.AppendLine();
            md.AppendLine("```");
            md.Append(plan);
            md.AppendLine("```");
        }

        return md.ToString();
    }

    /// <summary>A latency target: the measured value, for a miss by how much (the why: the sections below), and whether it is met.</summary>
    private static (string Target, string Measured, bool Met) AtMost(string target, double measured, double limit) =>
        measured <= limit
            ? (target, string.Create(CultureInfo.InvariantCulture, $"{measured:F1} ms"), true)
            : (target, string.Create(CultureInfo.InvariantCulture, $"{measured:F1} ms: {measured - limit:F1} ms ({(measured / limit - 1) * 100:F0} %) te veel; waar de tijd zit en de traagste zoekopdrachten staan hieronder"), false);

    private static Latencies Find(List<Latencies> results, string scenario, int concurrency) =>
        results.Single(r => r.Scenario.Contains(scenario, StringComparison.Ordinal) && r.Concurrency == concurrency);

    private static string Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "onbekend";
        var memory = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        return $"{Environment.ProcessorCount} cores ({cpu}), {memory} geheugen, {Environment.OSVersion}";
    }

    private static async Task<(Guid MunicipalityId, Guid ConsulentId)> IdsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT m.id, u.id FROM municipalities m JOIN users u ON u.municipality_id = m.id WHERE m.code = 'GM0000' AND u.email = @e");
        command.Parameters.AddWithValue("e", Consulent);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetGuid(0), reader.GetGuid(1));
    }

    private sealed record Sample(Guid Id, string Number, string Title, string Question);

    private static async Task<List<Sample>> SampleDilemmasAsync(NpgsqlDataSource dataSource, Guid municipalityId)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, year || '-' || lpad(sequence::text, greatest(4, length(sequence::text)), '0'), title, question FROM dilemmas
            WHERE municipality_id = @m AND status = 'Decided' ORDER BY md5(id::text) LIMIT 30
            """);
        command.Parameters.AddWithValue("m", municipalityId);
        var samples = new List<Sample>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            samples.Add(new Sample(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return samples;
    }

    private static async Task<HttpClient> LoggedInClientAsync(string baseUrl)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 16 })
        {
            BaseAddress = new Uri(baseUrl),
        };
        var form = await client.GetStringAsync("/inloggen");
        var antiforgery = AntiforgeryToken().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Consulent, ["Password"] = Password, ["__RequestVerificationToken"] = antiforgery,
        });
        using var login = await client.PostAsync("/inloggen", content);
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Inloggen mislukt: {(int)login.StatusCode}");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private sealed class FixedTenant(Guid municipalityId) : ITenantContext
    {
        public Guid? MunicipalityId => municipalityId;
    }
}
