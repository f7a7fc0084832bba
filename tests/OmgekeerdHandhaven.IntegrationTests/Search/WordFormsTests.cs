using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OmgekeerdHandhaven.IntegrationTests.Search;

/// <summary>
/// How Dutch search takes words apart and brings forms together, measured on lists written by a helper who never saw
/// the code (Language/*.tsv): compounds of the social domain split into the parts a consulent would type, words that
/// are no compound stay whole, and a word finds its derivations and verb forms both ways. Each test prints every miss.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class WordFormsTests(AppFactory app, ITestOutputHelper output)
{
    private sealed record Row(string Word, string Expected, bool Ok);

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Search", "Language", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));

    [Fact]
    public async Task Compounds_SplitIntoThePartsAConsulentTypes_AndOtherWordsStayWhole()
    {
        var rows = Rows("samenstellingen.tsv").ToList();
        var compounds = rows.Where(r => r[1] != "-").ToList();
        var whole = rows.Where(r => r[1] == "-").Select(r => r[0]).ToList();

        // A compound is split right when its parts, as the search stems them, hold every expected part.
        var split = await app.QueryAsync(db => db.Database.SqlQuery<Row>($"""
            SELECT t.word, t.expected, coalesce(to_tsvector('dutch_unaccent', array_to_string(search_split(lower(unaccent(t.word))), ' '))
                   @@ plainto_tsquery('dutch_unaccent', t.expected), false) AS ok
            FROM unnest({compounds.Select(c => c[0]).ToArray()}, {compounds.Select(c => c[1]).ToArray()}) AS t (word, expected)
            """).ToListAsync());
        var kept = await app.QueryAsync(db => db.Database.SqlQuery<Row>($"""
            SELECT t.word, coalesce(array_to_string(search_split(lower(unaccent(t.word))), ' '), '') AS expected, search_split(lower(unaccent(t.word))) IS NULL AS ok
            FROM unnest({whole.ToArray()}) AS t (word)
            """).ToListAsync());

        foreach (var miss in split.Where(r => !r.Ok))
        {
            output.WriteLine($"niet gesplitst zoals verwacht: {miss.Word} ({miss.Expected})");
        }

        foreach (var miss in kept.Where(r => !r.Ok))
        {
            output.WriteLine($"ten onrechte gesplitst: {miss.Word} → {miss.Expected}");
        }

        var splitShare = split.Count(r => r.Ok) / (double)split.Count;
        var keptShare = kept.Count(r => r.Ok) / (double)kept.Count;
        output.WriteLine($"samenstellingen goed gesplitst: {split.Count(r => r.Ok)}/{split.Count} ({splitShare:P1}); heel gelaten: {kept.Count(r => r.Ok)}/{kept.Count} ({keptShare:P1})");
        Assert.True(split.Count >= 200 && kept.Count >= 40);
        Assert.True(splitShare >= 0.95, $"{splitShare:P1} of the compounds split right");
        Assert.True(keptShare >= 0.85, $"{keptShare:P1} of the other words stay whole");
    }

    /// <summary>
    /// A plural or other inflected form splits as its singular does: "diensten" is "dienst" + "en", not "dien sten";
    /// "kinderen" is no "kind eren" — or "ploegendiensten" would be found by "sten" and lose "diensten".
    /// </summary>
    [Theory]
    [InlineData("diensten", "")]
    [InlineData("kinderen", "")]
    [InlineData("gesprekken", "")]
    [InlineData("inkomsten", "")]
    [InlineData("brieven", "")]
    [InlineData("tegenprestaties", "")]
    [InlineData("wisseldiensten", "wissel diensten")]
    [InlineData("schoolkinderen", "school kinderen")]
    [InlineData("huurwoningen", "huur woningen")]
    [InlineData("huisbezoeken", "huis bezoeken")]
    public async Task InflectedForms_SplitAsTheirSingular(string word, string parts)
    {
        var split = await app.QueryAsync(db => db.Database.SqlQuery<string>($"""
            SELECT coalesce(array_to_string(search_split({word}), ' '), '') AS "Value"
            """).SingleAsync());

        if (parts.Length == 0)
        {
            Assert.Equal(string.Empty, split);
        }
        else
        {
            var found = split.Split(' ');
            Assert.All(parts.Split(' '), part => Assert.Contains(part, found));
            Assert.DoesNotContain("sten", found);
            Assert.DoesNotContain("eren", found);
        }
    }

    /// <summary>
    /// Anyone can type a made-up word in a search box; its split must not make the inflection guard split stem after
    /// stem ("enenen…": each stem ends in -en again).
    /// </summary>
    [Fact]
    public async Task AMadeUpWordOfFortyLetters_IsSplitAtOnce()
    {
        var word = string.Concat(Enumerable.Repeat("en", 20));
        var split = await app.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await db.Database.ExecuteSqlRawAsync("SET statement_timeout = '10s'");
                return await db.Database.SqlQuery<string>($"SELECT coalesce(array_to_string(search_split({word}), ' '), '') AS \"Value\"").SingleAsync();
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("RESET statement_timeout");
                await db.Database.CloseConnectionAsync();
            }
        });

        // Over the statement_timeout the query throws; what the nonsense splits into does not matter.
        Assert.NotNull(split);
    }

    [Fact]
    public async Task Derivations_AndVerbForms_FindEachOther_BothWays()
    {
        var pairs = Rows("afleidingen.tsv").ToList();
        var gemeente = Guid.NewGuid(); // no gemeente synonyms: the standard search of a new gemeente

        // Word a typed finds a text holding word b, and the other way round.
        var rows = await app.QueryAsync(db => db.Database.SqlQuery<Row>($"""
            SELECT t.a AS word, t.b AS expected,
                   to_tsvector('dutch_unaccent', search_expand(t.b)) @@ dilemma_tsquery({gemeente}, t.a)
                   AND to_tsvector('dutch_unaccent', search_expand(t.a)) @@ dilemma_tsquery({gemeente}, t.b) AS ok
            FROM unnest({pairs.Select(p => p[0]).ToArray()}, {pairs.Select(p => p[1]).ToArray()}) AS t (a, b)
            """).ToListAsync());

        foreach (var miss in rows.Where(r => !r.Ok))
        {
            output.WriteLine($"vinden elkaar niet: {miss.Word} – {miss.Expected}");
        }

        var share = rows.Count(r => r.Ok) / (double)rows.Count;
        output.WriteLine($"paren die elkaar vinden: {rows.Count(r => r.Ok)}/{rows.Count} ({share:P1})");
        Assert.True(rows.Count >= 100);
        Assert.True(share >= 0.8, $"{share:P1} of the pairs meet");
    }

    /// <summary>
    /// A noun whose verb has another stem (onregelmatige-afleidingen.txt) meets the verb's forms both ways: "afspraak"
    /// finds "afgesproken", "klacht" finds "klaagde", "leugen" finds "gelogen"; and a pair left out on purpose stays
    /// apart ("opname" must not find every "contact opnemen").
    /// </summary>
    [Theory]
    [InlineData("afspraak", "afgesproken", true)]
    [InlineData("afspraken", "spraken we af", false)] // a separated particle is no word form: two words apart
    [InlineData("klacht", "klaagde", true)]
    [InlineData("leugen", "gelogen", true)]
    [InlineData("bewijs", "bewezen", true)]
    [InlineData("verblijf", "verbleef", true)]
    [InlineData("inbraak", "ingebroken", true)]
    [InlineData("opname", "opgenomen", false)]
    public async Task NounsWithAnotherStem_MeetTheirVerb(string noun, string verbForm, bool meet)
    {
        var gemeente = Guid.NewGuid();
        var found = await app.QueryAsync(db => db.Database.SqlQuery<bool>($"""
            SELECT to_tsvector('dutch_unaccent', search_expand({verbForm})) @@ dilemma_tsquery({gemeente}, {noun})
                   AND to_tsvector('dutch_unaccent', search_expand({noun})) @@ dilemma_tsquery({gemeente}, {verbForm}) AS "Value"
            """).SingleAsync());

        Assert.Equal(meet, found);
    }
}
