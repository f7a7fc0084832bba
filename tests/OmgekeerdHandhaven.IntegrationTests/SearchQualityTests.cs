using System.Text.Json;
using System.Net.Http.Headers;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>Dutch full-text search over the demo data: what a consulent types must find what they mean.</summary>
[Collection(SharedApp.Name)]
public sealed class SearchQualityTests(AppFactory app)
{
    private async Task<List<string>> TitlesAsync(string q)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoSeeder.DemoTokens["teamleider@voorbeeld.nl"]);
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/dilemmas?pageSize=50&q=" + Uri.EscapeDataString(q))).RootElement;
        return [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];
    }

    [Fact]
    public async Task AccentsAreFoldedBothWays()
    {
        var plain = await TitlesAsync("beeindigen");
        var accented = await TitlesAsync("beëindigen");

        Assert.Contains(plain, t => t.Contains("hennepplantage", StringComparison.Ordinal));
        Assert.Equal(plain, accented);
    }

    [Fact]
    public async Task PluralAndSingular_FindTheSame()
    {
        var singular = await TitlesAsync("uitkering");
        var plural = await TitlesAsync("uitkeringen");

        Assert.NotEmpty(singular);
        Assert.Equal(singular.Order(), plural.Order());
    }

    [Fact]
    public async Task WebSearchSyntax_ExcludesWithMinus()
    {
        var all = await TitlesAsync("jeugdhulp");
        var withoutHennep = await TitlesAsync("jeugdhulp -hennep");

        Assert.Contains(all, t => t.Contains("hennep", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(withoutHennep, t => t.Contains("hennep", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(withoutHennep);
    }

    [Fact]
    public async Task AQuestion_FindsWhatItIsAbout_AsAllWordsMatch()
    {
        // "we" and "terwijl" are no stop words of PostgreSQL's Dutch list; a text that never says them must still match.
        // The same items and the same kind of match as the two content words alone, however many hennep dilemmas the
        // tests before made (fewer than a handful add partial matches to both).
        var plain = await TitlesAsync("hennepplantage jeugdhulp");
        var asked = await TitlesAsync("wat doen we met een hennepplantage terwijl er jeugdhulp is?");

        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoSeeder.DemoTokens["teamleider@voorbeeld.nl"]);
        async Task<JsonElement> SearchAsync(string q) =>
            JsonDocument.Parse(await client.GetStringAsync("/api/v1/dilemmas?q=" + Uri.EscapeDataString(q))).RootElement;
        var words = await SearchAsync("hennepplantage jeugdhulp");
        var question = await SearchAsync("wat doen we met een hennepplantage terwijl er jeugdhulp is?");

        Assert.NotEmpty(plain);
        Assert.Equal(plain, asked);
        Assert.NotEqual("Corrected", question.GetProperty("match").GetString());
        Assert.Equal(words.GetProperty("match").GetString(), question.GetProperty("match").GetString());
        Assert.Equal(words.GetProperty("total").GetInt32(), question.GetProperty("total").GetInt32());
        Assert.Equal("Relevance", question.GetProperty("order").GetString());
        var newest = JsonDocument.Parse(await client.GetStringAsync("/api/v1/dilemmas?q=hennepplantage&sort=newest")).RootElement;
        Assert.Equal("Newest", newest.GetProperty("order").GetString());
    }

    [Fact]
    public async Task AQuestionOfOnlyQuestionAndStopWords_IsSearchedAsTyped()
    {
        // "waar" is a question word and "is", "dat" are stop words: left out, nothing would remain.
        var typed = await TitlesAsync("waar is dat");

        Assert.NotEmpty(typed);
        Assert.Equal(await TitlesAsync("waar"), typed);
    }

    [Fact]
    public async Task DecisionText_IsSearchable()
    {
        // "betalingsregeling" only occurs in a (revised) decision and its agreement, not in the dilemma itself.
        var titles = await TitlesAsync("betalingsregeling");

        Assert.Contains("Tweede kweekruimte ontdekt na eerdere afspraak over zelfmelding", titles);
    }

    [Fact]
    public async Task TitleHits_RankAboveHitsDeepInTheText()
    {
        // One demo dilemma has "zelfmelding" in its title; several more mention it in their text or decision.
        var titles = await TitlesAsync("zelfmelding");

        Assert.True(titles.Count >= 3);
        Assert.Contains("zelfmelding", titles[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_ATypo_GivesTheCorrectedResults_SaysSo_AndAsTypedSearchesTheWordsAsTyped()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoSeeder.DemoTokens["teamleider@voorbeeld.nl"]);
        async Task<JsonElement> GetAsync(string url) => JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;
        static List<string?> Numbers(JsonElement result) => [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString())];

        var typo = await GetAsync("/api/v1/dilemmas?q=jeugdhlup");
        var fine = await GetAsync("/api/v1/dilemmas?q=jeugdhulp");
        var asTyped = await GetAsync("/api/v1/dilemmas?q=jeugdhlup&asTyped=true");

        Assert.Equal("Corrected", typo.GetProperty("match").GetString());
        Assert.Equal("jeugdhulp", typo.GetProperty("searchedFor").GetString());
        Assert.Equal("jeugdhulp", typo.GetProperty("didYouMean").GetString());
        Assert.True(fine.GetProperty("total").GetInt32() > 0);
        Assert.Equal(fine.GetProperty("total").GetInt32(), typo.GetProperty("total").GetInt32());
        Assert.Equal(Numbers(fine), Numbers(typo));

        Assert.Equal("All", fine.GetProperty("match").GetString());
        Assert.Equal(JsonValueKind.Null, fine.GetProperty("didYouMean").ValueKind);
        Assert.Equal(JsonValueKind.Null, fine.GetProperty("searchedFor").ValueKind);
        Assert.Empty(fine.GetProperty("partialItems").EnumerateArray());

        Assert.Equal(0, asTyped.GetProperty("total").GetInt32());
        Assert.Equal("All", asTyped.GetProperty("match").GetString());
        Assert.Equal("jeugdhulp", asTyped.GetProperty("didYouMean").GetString());
    }
}
