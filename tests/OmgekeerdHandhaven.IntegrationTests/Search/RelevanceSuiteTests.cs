using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Search;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;
using Xunit.Abstractions;

namespace OmgekeerdHandhaven.IntegrationTests.Search;

/// <summary>
/// The relevance suite: the fixture dilemmas in a gemeente of their own, every query scored by the rank of the
/// dilemma the consulent means (mean reciprocal rank), next to a plain PostgreSQL 'dutch' ranking over the same texts.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class RelevanceSuiteTests(AppFactory app, ITestOutputHelper output)
{
    private const string Code = "GM7001";

    /// <summary>
    /// Every query of both sets, scored by the rank of the dilemma the consulent means on the first page as it is
    /// shown (no click on "Bedoelde u …?"), per kind, for both ways of ranking (with the rum index, ordered inside the
    /// index; without it, ts_rank_cd), next to a plain PostgreSQL 'dutch' search over the same texts. With
    /// OH_RELEVANCE_REPORT set (bench/relevance.sh) the table goes to that file as well.
    /// </summary>
    // A ratchet while #18 lands (the blind set started at 0.34 overall, now 0.939; synonyms 0.84, questions 0.89, the
    // run deterministic): its aim is 0.95 overall and 0.9 per kind.
    private const double Overall = 0.93;
    private const double PerKind = 0.82;

    [Fact]
    public async Task MeanReciprocalRank_PerKind_MeetsTheTargets()
    {
        var ranks = new List<(string Kind, string Set, string Text, int? Rum, int? NoRum, int? Plain)>();
        foreach (var set in RelevanceSet.All)
        {
            var (municipalityId, reader, ids) = await SeedAsync(set);
            foreach (var query in set.Queries)
            {
                var expected = ids[query.Expected];
                var rum = RankOf(expected, await OurResultsAsync(municipalityId, reader, query.Text, useRum: true));
                var noRum = RankOf(expected, await OurResultsAsync(municipalityId, reader, query.Text, useRum: false));
                var plain = RankOf(expected, await PlainResultsAsync(municipalityId, query.Text));
                ranks.Add((query.Kind, set.Name, query.Text, rum, noRum, plain));
                string Shown(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "-";
                output.WriteLine($"{query.Kind,-10} {query.Text,-60} rum: {Shown(rum),3}  zonder: {Shown(noRum),3}  dutch: {Shown(plain),3}");
            }
        }

        var report = new System.Text.StringBuilder();
        report.AppendLine("| Soort | Vragen | Deze release (rum) | Deze release (zonder rum) | PostgreSQL `dutch` |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        var perKind = RelevanceSet.Kinds.Where(k => ranks.Any(r => r.Kind == k))
            .Select(k => (Kind: k, Rows: ranks.Where(r => r.Kind == k).ToList())).ToList();
        foreach (var (kind, rows) in perKind.Append(("alle", ranks)))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {rows.Count} | {RelevanceSet.Format(RelevanceSet.Mrr(rows.Select(r => r.Rum)))} | " +
                $"{RelevanceSet.Format(RelevanceSet.Mrr(rows.Select(r => r.NoRum)))} | {RelevanceSet.Format(RelevanceSet.Mrr(rows.Select(r => r.Plain)))} |");
        }

        var misses = ranks.Where(r => r.Rum != 1).Select(r => $"- {r.Kind} ({r.Set}): \"{r.Text}\" → {r.Rum?.ToString(CultureInfo.InvariantCulture) ?? "niet in de eerste 20"}");
        report.AppendLine().AppendLine("Niet als eerste (met rum):").AppendLine(string.Join('\n', misses));
        output.WriteLine(report.ToString());
        if (Environment.GetEnvironmentVariable("OH_RELEVANCE_REPORT") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, report.ToString());
        }

        Assert.True(ranks.Count >= 120 + RelevanceFixtures.Queries.Length && RelevanceSet.Blind.Cases.Count >= 100);
        foreach (var useRum in new[] { true, false })
        {
            int? Rank((string Kind, string Set, string Text, int? Rum, int? NoRum, int? Plain) r) => useRum ? r.Rum : r.NoRum;
            var overall = RelevanceSet.Mrr(ranks.Select(Rank));
            Assert.True(overall >= Overall, $"{(useRum ? "rum" : "zonder rum")}: MRR {overall:F3} < {Overall}");
            Assert.All(perKind, k =>
            {
                var mrr = RelevanceSet.Mrr(k.Rows.Select(Rank));
                Assert.True(mrr >= PerKind, $"{(useRum ? "rum" : "zonder rum")}, {k.Kind}: MRR {mrr:F3} < {PerKind}");
            });
        }
    }

    /// <summary>
    /// A broad search lists decided dilemmas first, newest first, with rum too: ranking every match of a common word
    /// cost 270–340 ms at 100 000 dilemmas (bench/results/search-100000.md), so the page says what order it uses.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BroadSearch_ListsDecidedDilemmasFirst_NewestFirst(bool useRum)
    {
        var (municipalityId, reader, _) = await SeedAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.Use(municipalityId);
        var search = NewSearch(scope, tenant, new SearchOptions { BroadSearch = 5, UseRum = useRum });

        // "bijstand" and its synonyms occur in most fixture dilemmas: more than 5 makes it a broad search here.
        var result = await search.SearchAsync(reader, Query("bijstand"), CancellationToken.None);
        var (hits, total) = result;
        var narrow = await NewSearch(scope, tenant, new SearchOptions { UseRum = useRum }).SearchAsync(reader, Query("bijstand"), CancellationToken.None);

        Assert.True(total > 5);
        Assert.True(result.DecidedFirstForMany, "the page says why the order is not by relevance");
        Assert.Equal(SearchOrder.DecidedThenNewest, result.Order);
        Assert.False(narrow.DecidedFirstForMany);
        Assert.Equal(SearchOrder.Relevance, narrow.Order);
        var decided = hits.Select(h => h.Status == DilemmaStatus.Decided).ToList();
        Assert.Contains(true, decided);
        Assert.Contains(false, decided);
        Assert.Equal(decided.OrderByDescending(d => d), decided);
        Assert.All(hits, h => Assert.True(h.Score > 0, "the rows shown still get their rank as score"));
    }

    /// <summary>
    /// A broad search in a large gemeente is counted in a sample (flagged, rounded); in this small gemeente the
    /// statistics give no sample, so the same search is counted exactly. With the sample set to the whole table the
    /// sampled counts must equal the exact ones: the sample applies the same gemeente, Concept and withdrawn rules
    /// (the demo gemeente's many "bijstand" dilemmas would otherwise be counted too). A search with few matches (at most
    /// half of BroadSearch) stays exact even where sampling is on.
    /// </summary>
    [Fact]
    public async Task BroadSearch_CountedInASample_IsMarkedAsEstimate_AndCountsOnlyWhatTheUserMaySee()
    {
        var (municipalityId, reader, _) = await SeedAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.Use(municipalityId);
        DilemmaSearch Search(double? samplePercent = null) => NewSearch(scope, tenant, new SearchOptions { BroadSearch = 5, SamplePercent = samplePercent });
        var query = Query("bijstand") with { PageSize = 100 };

        var exact = await Search().SearchAsync(reader, query, CancellationToken.None);
        var exactFacets = exact.Facets!;
        var sampled = await Search(samplePercent: 100).SearchAsync(reader, query, CancellationToken.None);
        var sampledFacets = sampled.Facets!;
        var narrow = await Search(samplePercent: 100).SearchAsync(reader, Query("huisbezoek"), CancellationToken.None);

        Assert.True(exact.Total > 5, "broad in this gemeente");
        Assert.False(exact.TotalEstimated);
        Assert.False(exactFacets.Estimated);
        Assert.True(sampled.TotalEstimated);
        Assert.True(sampledFacets.Estimated);
        Assert.Equal(exact.Total, sampled.Total);
        Assert.Equal(exactFacets.Statuses, sampledFacets.Statuses);
        Assert.Equal(exactFacets.PolicyAreas, sampledFacets.PolicyAreas);
        Assert.Equal(exactFacets.Years, sampledFacets.Years);
        Assert.Equal(exact.Hits.Select(h => h.Number), sampled.Hits.Select(h => h.Number));
        Assert.InRange(narrow.Total, 1, 2); // at most half of BroadSearch: below that the sample's estimate is not used
        Assert.False(narrow.TotalEstimated);
    }

    /// <summary>
    /// "Volgende pagina" continues after the last row shown (keyset): walking every page forward and then back gives
    /// each match exactly once, in the same order as one long list, for both fixed orders.
    /// </summary>
    [Theory]
    [InlineData("bijstand", false, false)] // broad: decided first, then newest
    [InlineData("bijstand", true, false)]  // newest first
    [InlineData(null, true, false)]        // filter only (Alleen met besluit), newest first
    [InlineData("bijstand", false, true)]  // broad and counted in a sample: the page walks the index
    [InlineData("bijstand", true, true)]
    public async Task KeysetPages_GiveEveryMatchOnce_InTheSameOrder_ForwardAndBack(string? text, bool newest, bool sampled)
    {
        var (municipalityId, reader, _) = await SeedAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.Use(municipalityId);
        // Keyset pages belong to the fixed orders: without rum a broad search has one (with rum it is ranked).
        var settings = new SearchOptions { BroadSearch = 5, SamplePercent = sampled ? 100 : null, UseRum = false };
        DilemmaSearch Search() => NewSearch(scope, tenant, settings);
        SearchQuery Page(int page, SearchCursor? cursor, int size = 4) => new(text, null, null, null, null, text is null, newest, page, size, cursor);

        var all = await Search().SearchAsync(reader, Page(1, null, size: 100), CancellationToken.None);
        Assert.True(all.Total > 8, "enough matches for several pages");
        Assert.Equal(sampled, all.TotalEstimated);
        var expected = all.Hits.Select(h => h.Number).ToList();

        // The page number stays 1 on purpose: only the cursor can move the walk forward.
        var forward = new List<SearchResultPage>();
        var page = await Search().SearchAsync(reader, Page(1, null), CancellationToken.None);
        while (page.Hits.Count > 0)
        {
            forward.Add(page);
            Assert.NotNull(page.Last);
            page = await Search().SearchAsync(reader, Page(1, page.Last), CancellationToken.None);
        }

        Assert.Equal(expected, forward.SelectMany(p => p.Hits).Select(h => h.Number));

        // Back from the last page: each earlier page is the same as on the way forward.
        for (var i = forward.Count - 1; i > 0; i--)
        {
            var before = await Search().SearchAsync(reader, Page(1, forward[i].First! with { Backward = true }), CancellationToken.None);
            Assert.Equal(forward[i - 1].Hits.Select(h => h.Number), before.Hits.Select(h => h.Number));
        }
    }

    [Fact]
    public async Task Zoeken_NextAndPreviousPageLinks_CarryTheCursor_AndShowTheSamePagesAsPageNumbers()
    {
        await SeedAsync();
        var consulent = await app.CreateUserAsync(Code, "Relevantie-test-2026!", Roles.Consulent);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(consulent.Email!, "Relevantie-test-2026!");
        static List<string?> Titles(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll(".oh-results h3").Select(h => h.TextContent.Trim())];
        static string Link(AngleSharp.Dom.IDocument page, string text) =>
            page.QuerySelectorAll("nav[aria-label=Paginering] a").Single(a => a.TextContent == text).GetAttribute("href")!;

        // 42 fixture dilemmas of 2025, newest first: three pages of 20.
        var (_, first) = await session.GetAsync("/zoeken?jaar=2025");
        var next = Link(first, "Volgende pagina");
        Assert.Contains("na=", next, StringComparison.Ordinal);
        var (_, second) = await session.GetAsync(next);
        var (_, secondByNumber) = await session.GetAsync("/zoeken?jaar=2025&pagina=2");
        Assert.Equal(20, Titles(second).Count);
        Assert.Equal(Titles(secondByNumber), Titles(second));
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        Assert.Contains("Pagina 2 van 3", second.QuerySelector("nav[aria-label=Paginering]")?.TextContent, StringComparison.Ordinal);
        var (_, byCursorOnly) = await session.GetAsync(next.Replace("pagina=2", "pagina=1", StringComparison.Ordinal));
        Assert.Equal(Titles(second), Titles(byCursorOnly));

        var (_, third) = await session.GetAsync(Link(second, "Volgende pagina"));
        var previous = Link(third, "Vorige pagina");
        Assert.Contains("voor=", previous, StringComparison.Ordinal);
        var (_, backToSecond) = await session.GetAsync(previous);
        Assert.Equal(Titles(second), Titles(backToSecond));
        Assert.Equal("/zoeken?jaar=2025", Link(second, "Vorige pagina"));

        // A cursor that was tampered with counts as none: the page number applies.
        var (response, tampered) = await session.GetAsync("/zoeken?jaar=2025&pagina=2&na=1.x.y");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Titles(secondByNumber), Titles(tampered));
    }

    private static int? RankOf(Guid expected, IReadOnlyList<Guid> results)
    {
        var index = results.ToList().IndexOf(expected);
        return index < 0 ? null : index + 1;
    }

    /// <summary>Our search as a consulent sees it: the first page shown, without clicking anything.</summary>
    private async Task<IReadOnlyList<Guid>> OurResultsAsync(Guid municipalityId, Actor reader, string text, bool useRum)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.Use(municipalityId);
        var settings = new SearchOptions { UseRum = useRum };
        var search = NewSearch(scope, tenant, settings);
        if (useRum)
        {
            Assert.True(await Capabilities(settings).UseRumAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None),
                "./test.sh installs the rum extension; the test database should have the rum index");
        }

        var result = await search.SearchAsync(reader, Query(text), CancellationToken.None);
        var hits = result.Hits.Concat(result.Partial).ToList();

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var numbers = hits.Select(h => h.Number.Sequence).ToList();
        var bySequence = await db.Dilemmas.Where(d => numbers.Contains(d.Sequence)).ToDictionaryAsync(d => d.Sequence, d => d.Id);
        return [.. hits.Select(h => bySequence[h.Number.Sequence])];
    }

    /// <summary>What forum software does: the built-in 'dutch' configuration over the same texts, ranked by ts_rank_cd.</summary>
    private Task<List<Guid>> PlainResultsAsync(Guid municipalityId, string text) =>
        app.QueryAsync(db => db.Database.SqlQuery<Guid>($"""
            SELECT d.id AS "Value"
            FROM dilemmas d LEFT JOIN decisions x ON x.dilemma_id = d.id AND x.superseded_at IS NULL,
                 to_tsvector('dutch', d.title || ' ' || d.question || ' ' || d.situation || ' ' || coalesce(x.solution, '')) doc,
                 websearch_to_tsquery('dutch', {text}) q
            WHERE d.municipality_id = {municipalityId} AND doc @@ q
            ORDER BY ts_rank_cd(doc, q) DESC, d.id
            LIMIT 20
            """).ToListAsync());

    private static SearchQuery Query(string text) => new(text, null, null, null, null, false, false, 1, 20);

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    private Task<(Guid MunicipalityId, Actor Reader, Dictionary<string, Guid> Ids)> SeedAsync() => SeedAsync(RelevanceSet.Existing);

    private async Task<(Guid MunicipalityId, Actor Reader, Dictionary<string, Guid> Ids)> SeedAsync(RelevanceSet set)
    {
        await Seeding.WaitAsync();
        try
        {
            var code = set.Code;
            var existing = await app.QueryAsync(db => db.Municipalities.SingleOrDefaultAsync(m => m.Code == code));
            if (existing is null)
            {
                await app.QueryAsync(async db =>
                {
                    db.Municipalities.Add(new Municipality($"Gemeente Relevantie {set.Name}", code));
                    return await db.SaveChangesAsync();
                });
            }

            var municipalityId = (await app.QueryAsync(db => db.Municipalities.SingleAsync(m => m.Code == code))).Id;
            var handhaver = await app.CreateUserAsync(code, "Relevantie-test-2026!", Roles.Handhaver);
            var beslisser = await app.CreateUserAsync(code, "Relevantie-test-2026!", Roles.Beslisser);
            var author = new Actor(handhaver.Id, new HashSet<string> { Roles.Handhaver });
            var decider = new Actor(beslisser.Id, new HashSet<string> { Roles.Beslisser });

            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(municipalityId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var ids = await db.Dilemmas.ToDictionaryAsync(d => set.Cases[d.Sequence - 1].Key, d => d.Id);
            if (ids.Count == 0)
            {
                var now = app.Clock.GetUtcNow();
                var area = new PolicyArea(municipalityId, "Participatiewet", 0);
                db.PolicyAreas.Add(area);
                DilemmaOption[] options = [new("Maatwerk", "Afhankelijk van de situatie.")];
                foreach (var (fixture, index) in set.Cases.Select((c, i) => (c, i)))
                {
                    // Each its own moment: equal scores then fall by date, the same in every run, not by random ids.
                    var at = now.AddMinutes(-index);
                    var dilemma = Dilemma.CreateDraft(municipalityId, new DilemmaNumber(set.Year, index + 1), author,
                        new DilemmaContent(fixture.Title, fixture.Situation, fixture.Question, null, [area], ChainPhase.RunningBenefit, [], options, null, null), at);
                    dilemma.Submit(author, at);
                    if (fixture.Decision is { } solution)
                    {
                        dilemma.Decide(decider, solution, "Past bij de visie op handhaving.", [], at);
                    }

                    db.Dilemmas.Add(dilemma);
                    ids[fixture.Key] = dilemma.Id;
                }

                await db.SaveChangesAsync();
            }

            return (municipalityId, author, ids);
        }
        finally
        {
            Seeding.Release();
        }
    }

    private static SearchCapabilities Capabilities(SearchOptions settings) => new(Microsoft.Extensions.Options.Options.Create(settings));

    /// <summary>The search with these settings instead of the app's, for the gemeente <paramref name="tenant"/> is set to.</summary>
    private static DilemmaSearch NewSearch(AsyncServiceScope scope, TenantContext tenant, SearchOptions settings)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return new DilemmaSearch(db, tenant, Capabilities(settings), new SpellingSuggestions(db, tenant));
    }
}
