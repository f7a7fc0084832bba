using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Search;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;

namespace OmgekeerdHandhaven.IntegrationTests.Search;

/// <summary>Synonyms (Beheer › Synoniemen and the shipped thesaurus), compounds, and search following every change.</summary>
[Collection(SharedApp.Name)]
public sealed class SearchLanguageTests(AppFactory app)
{
    private static IEnumerable<string> ResultNumbers(IDocument page) =>
        page.QuerySelectorAll(".oh-results li a").Select(a => a.GetAttribute("href")!["/dilemmas/".Length..]);

    [Fact]
    public async Task Beheerder_AddsSynonyms_SearchUsesThemAtOnce_AndDeletingAsksFirst()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true,
            ("Situation", DilemmaSteps.Situation + " Het gezin slaapt deels in een prieel achter het huis."));
        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        Assert.DoesNotContain(number, ResultNumbers((await handhaver.GetAsync("/zoeken?zoekterm=zomerverblijf")).Document));

        var added = await beheerder.SubmitAsync("/beheer/synoniemen", "/beheer/synoniemen", ("Form.Terms", "Zomerverblijf, prieel"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(number, ResultNumbers((await handhaver.GetAsync("/zoeken?zoekterm=zomerverblijf")).Document));

        var (_, list) = await beheerder.GetAsync("/beheer/synoniemen");
        var deleteUrl = list.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h is not null && h.EndsWith("/verwijderen", StringComparison.Ordinal)
            && list.QuerySelectorAll("tr").Any(r => r.TextContent.Contains("zomerverblijf, prieel", StringComparison.Ordinal) && r.InnerHtml.Contains(h, StringComparison.Ordinal)))!;
        var (_, confirm) = await beheerder.GetAsync(deleteUrl);
        Assert.Contains("zomerverblijf, prieel", confirm.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(number, ResultNumbers((await handhaver.GetAsync("/zoeken?zoekterm=zomerverblijf")).Document));

        var deleted = await beheerder.SubmitAsync(deleteUrl, deleteUrl);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(number, ResultNumbers((await handhaver.GetAsync("/zoeken?zoekterm=zomerverblijf")).Document));
        var logged = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .CountAsync(e => e.Action == AuditActions.SynonymsChanged && e.Summary.Contains("zomerverblijf")));
        Assert.Equal(2, logged);
    }

    [Theory]
    [InlineData("alleenstaand", "Vul minstens twee verschillende termen in, gescheiden door komma's.")]
    [InlineData("klant, klant", "Vul minstens twee verschillende termen in, gescheiden door komma's.")]
    [InlineData("wmo OR zorg, -jeugd", "Een term bevat alleen letters, cijfers, spaties, koppeltekens en apostroffen.")]
    [InlineData("bellen, 06-12345678", "Termen bevat een telefoonnummer.")]
    public async Task Beheerder_BadSynonyms_GetAnErrorNextToTheField_AndNothingIsSaved(string terms, string message)
    {
        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var before = await app.QueryAsync(db => db.SynonymGroups.IgnoreQueryFilters().CountAsync());

        var response = await beheerder.SubmitAsync("/beheer/synoniemen", "/beheer/synoniemen", ("Form.Terms", terms));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#Form_Terms-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(terms, page.QuerySelector("#Form_Terms")?.GetAttribute("value"));
        Assert.Equal(before, await app.QueryAsync(db => db.SynonymGroups.IgnoreQueryFilters().CountAsync()));
    }

    /// <summary>
    /// A new version of the word lists (wdutch, the domain words) splits again only the words whose parts change, and
    /// indexes again only the dilemmas holding them: a register of a million dilemmas is not re-indexed at start-up for
    /// a few new domain words. A wrong split left from an older list ("duivenhok" as duiven + xqzhok) is mended.
    /// </summary>
    [Fact]
    public async Task NewWordLists_SplitAgainOnlyTheWordsThatChange_AndIndexOnlyTheirDilemmas()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        // Other subjects than the hennep family's: its vergelijkbare dilemma's stay the seeded ones.
        await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true,
            ("Title", "Duiven op het dak"), ("Situation", "Een man met een uitkering houdt duiven in een duivenhok op het dak."));
        var other = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true,
            ("Title", "Plekken in de fietsenstalling verhuurd"), ("Situation", "Een bewoner verhuurt plekken in de fietsenstalling van de flat."));
        async Task<int> FoundAsync(string word) => await app.QueryAsync(db => db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM dilemma_search WHERE document @@ plainto_tsquery('dutch_unaccent', {word})").SingleAsync());
        async Task<string> RowVersionAsync() => await app.QueryAsync(db => db.Database.SqlQuery<string>($"""
            SELECT s.xmin::text AS "Value" FROM dilemma_search s JOIN dilemmas d ON d.id = s.dilemma_id
            WHERE d.year = {int.Parse(other[..4], CultureInfo.InvariantCulture)} AND d.sequence = {int.Parse(other[5..], CultureInfo.InvariantCulture)}
            """).SingleAsync());
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""
            UPDATE search_compounds SET parts = ARRAY['duiven', 'xqzhok'] WHERE word = 'duivenhok';
            SELECT count(refresh_dilemma_search(s.dilemma_id)) FROM dilemma_search s WHERE s.document @@ plainto_tsquery('dutch_unaccent', 'duivenhok');
            UPDATE search_language_sources SET version = 'een oudere lijst' WHERE name = 'lexicon';
            """));
        Assert.Equal(1, await FoundAsync("xqzhok"));
        var untouched = await RowVersionAsync();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OmgekeerdHandhaven.Web.Data.Search.SearchLanguageSetup>().EnsureAsync(CancellationToken.None);
        }

        Assert.Equal(0, await FoundAsync("xqzhok"));
        Assert.Equal(1, await FoundAsync("duivenhok"));
        Assert.Equal(untouched, await RowVersionAsync());
        Assert.True(await app.QueryAsync(db => db.Database.SqlQuery<bool>(
            $"SELECT parts IS NOT DISTINCT FROM search_split(word) AS \"Value\" FROM search_compounds WHERE word = 'duivenhok'").SingleAsync()));

        // A register from before the lexicon was indexed without any parts: its first load indexes every dilemma.
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM search_language_sources WHERE name = 'lexicon'"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OmgekeerdHandhaven.Web.Data.Search.SearchLanguageSetup>().EnsureAsync(CancellationToken.None);
        }

        Assert.NotEqual(untouched, await RowVersionAsync());
    }

    /// <summary>
    /// The widened query without its repeats (a word twice, "algemene bijstand" beside "bijstand") finds exactly the
    /// dilemmas the full one finds, in every gemeente of the test database.
    /// </summary>
    [Fact]
    public async Task AQueryWithoutItsRepeats_FindsTheSameDilemmas()
    {
        string[] searches = ["bijstand", "uitkering boete", "algemene bijstand", "wmo vervoer", "schuldhulp", "sollicitatieplicht nagekomen",
            "hennepplantage op zolder", "jeugdhulp -boete", "\"zwart werk\"", "onbetaald werken uitkering"];
        string[] texts = ["Zij heeft algemene bijstand.", "Een uitkering van de gemeente.", "De bijstand is algemeen.", "Wet werk en bijstand",
            "Werk en bijstand volgens de wet", "Vervoer via de Wmo.", "Hulp bij schulden; schuldhulp loopt.", "De sollicitatieplicht is niet nagekomen.",
            "Hij kwam zijn plicht tot solliciteren niet na.", "Op zolder staat een hennepplantage.", "Boete na jeugdhulp.", "Jeugdhulp zonder boete? Nee.",
            "Het was zwart werk.", "Werk, zwart betaald.", "Onbetaald werken naast de uitkering."];
        var smaller = 0;
        foreach (var search in searches)
        {
            var full = await app.QueryAsync(db => db.Database.SqlQuery<NpgsqlTypes.NpgsqlTsQuery>($"SELECT dilemma_tsquery(NULL, {search}) AS \"Value\"").SingleAsync());
            var lean = SearchTerms.WithoutRepeats(full);
            // Over the test database's dilemmas and texts that hold the phrases, their words apart, or one word only.
            async Task<string> MatchesAsync(NpgsqlTypes.NpgsqlTsQuery query) => await app.QueryAsync(db => db.Database.SqlQueryRaw<string>("""
                SELECT coalesce(string_agg(d.n::text, ',' ORDER BY d.n), '') AS "Value" FROM (
                    SELECT row_number() OVER (ORDER BY s.dilemma_id) AS n, s.document FROM dilemma_search s
                    UNION ALL
                    SELECT 1000 + t.n, to_tsvector('dutch_unaccent', search_expand(t.text)) FROM unnest(@texts) WITH ORDINALITY AS t (text, n)) d
                WHERE d.document @@ @query
                """, new Npgsql.NpgsqlParameter("query", NpgsqlTypes.NpgsqlDbType.TsQuery) { Value = query }, new Npgsql.NpgsqlParameter("texts", texts)).SingleAsync());
            var (fullMatches, leanMatches) = (await MatchesAsync(full), await MatchesAsync(lean));

            Assert.True(fullMatches == leanMatches, $"{search}: {fullMatches} with the full query, {leanMatches} without its repeats");
            Assert.True(lean.ToString().Length <= full.ToString().Length, search);
            smaller += lean.ToString().Length < full.ToString().Length ? 1 : 0;
        }

        Assert.True(smaller >= 3, $"{smaller} of the queries had repeats");
    }

    [Fact]
    public async Task Synoniemen_IsForTheBeheerderOnly()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        Assert.Equal(HttpStatusCode.Forbidden, (await consulent.GetAsync("/beheer/synoniemen")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consulent.GetAsync($"/beheer/synoniemen/{Guid.NewGuid()}/verwijderen")).Response.StatusCode);
    }

    [Fact]
    public async Task SynonymsAndSuggestions_OfAnotherGemeente_NeverApply()
    {
        // Anderdorp's own group "standplaats, marktkraam" finds its market dilemma there, and nothing in Voorbeeld.
        var anderdorp = await ApiAsync(DemoSeeder.DemoTokens["beslisser@anderdorp.nl"], "standplaats");
        var voorbeeld = await ApiAsync(DemoSeeder.DemoTokens["teamleider@voorbeeld.nl"], "standplaats");
        Assert.True(anderdorp.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(0, voorbeeld.GetProperty("total").GetInt32());

        // "marktkraam" is only in Anderdorp's texts: a Voorbeeld typo is never corrected into it.
        var typoThere = await ApiAsync(DemoSeeder.DemoTokens["beslisser@anderdorp.nl"], "marktkram");
        var typoHere = await ApiAsync(DemoSeeder.DemoTokens["teamleider@voorbeeld.nl"], "marktkram");
        Assert.Equal("marktkraam", typoThere.GetProperty("didYouMean").GetString());
        Assert.NotEqual("marktkraam", typoHere.GetProperty("didYouMean").GetString());
    }

    [Fact]
    public async Task ShippedThesaurus_ExpandsAbbreviations_AndCompoundPartsFindTheCompound()
    {
        var token = DemoSeeder.DemoTokens["teamleider@voorbeeld.nl"];

        // The demo texts say "hennepplantage"; neither query word occurs on its own.
        var plantage = await ApiAsync(token, "plantage");
        var wiet = await ApiAsync(token, "wiet");

        Assert.Contains(Titles(plantage), t => t.Contains("hennepplantage", StringComparison.Ordinal));
        Assert.Contains(Titles(wiet), t => t.Contains("hennepplantage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchFollowsEditsAndComments()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Gezin met kippenhok vol hennep"));
        Assert.Contains(number, ResultNumbers((await handhaver.GetAsync("/zoeken?zoekterm=kippenhok")).Document));

        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet", "Jeugdhulp");
        var edited = await handhaver.SubmitAsync($"/dilemmas/{number}/wijzigen", $"/dilemmas/{number}/wijzigen",
            [.. DilemmaSteps.HennepFields(areas, ("Title", "Gezin met duiventil vol hennep")), ("Command", "opslaan")]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.DoesNotContain(number, ResultNumbers((await handhaver.GetAsync("/zoeken?zoekterm=kippenhok")).Document));
        Assert.Contains(number, ResultNumbers((await handhaver.GetAsync("/zoeken?zoekterm=duiventil")).Document));

        await handhaver.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Let op de zonnepanelen op het schuurdak."), ("Kind", "Question"));
        Assert.Contains(number, ResultNumbers((await handhaver.GetAsync("/zoeken?zoekterm=schuurdak")).Document));

        // Each change was noted and rebuilt at its commit; nothing waits.
        Assert.Equal(0, await app.QueryAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM dilemma_search_pending").SingleAsync()));
    }

    [Fact]
    public async Task WithdrawnDilemmas_AppearOnlyWhenFilteredFor_ButAreCountedInTheStatusFacet()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Gezin met een kweektent in de fietsenberging"));
        var withdrawn = await handhaver.SubmitAsync($"/dilemmas/{number}/intrekken", $"/dilemmas/{number}/intrekken", ("Reason", "Dubbel gemeld."));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var (_, plain) = await handhaver.GetAsync("/zoeken?zoekterm=fietsenberging");
        var (_, filtered) = await handhaver.GetAsync("/zoeken?zoekterm=fietsenberging&status=Withdrawn");

        Assert.DoesNotContain(number, ResultNumbers(plain));
        Assert.Equal("0 dilemma's gevonden", plain.QuerySelector("#resultaten")?.TextContent);
        Assert.Contains("Ingetrokken (1)", plain.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(number, ResultNumbers(filtered));
    }

    private static IEnumerable<string> Titles(JsonElement result) =>
        result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!);

    private async Task<JsonElement> ApiAsync(string token, string q)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return JsonDocument.Parse(await client.GetStringAsync("/api/v1/dilemmas?pageSize=50&q=" + Uri.EscapeDataString(q))).RootElement;
    }
}
