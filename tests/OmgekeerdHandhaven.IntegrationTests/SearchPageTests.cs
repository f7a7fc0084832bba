using System.Net;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class SearchPageTests(AppFactory app)
{
    [Fact]
    public async Task Zoeken_FindsTheHennepFamily_WithItsSolutionFirstAndHitsMarked()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        // "lopende" is in the demo family's title only: other tests add open hennep dilemmas with a shorter, closer title.
        var (response, page) = await consulent.GetAsync("/zoeken?zoekterm=hennepplantage+lopende+jeugdhulp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = page.QuerySelector(".oh-results li");
        Assert.Contains("hennepplantage", first?.QuerySelector("h3")?.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Besloten", first?.QuerySelector(".oh-status")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".oh-results mark"));
        Assert.Equal("hennepplantage lopende jeugdhulp", page.QuerySelector("#zoekterm")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Zoeken_ShowsFacetCountsThatIgnoreTheirOwnFilter()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var (_, all) = await consulent.GetAsync("/zoeken?zoekterm=jeugdhulp");
        var (_, decided) = await consulent.GetAsync("/zoeken?zoekterm=jeugdhulp&status=Decided");

        var total = int.Parse(all.QuerySelector("#resultaten")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var decidedCount = int.Parse(decided.QuerySelector("#resultaten")!.TextContent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(decidedCount < total, "the status filter narrows the results");
        Assert.Equal($"Besloten ({decidedCount})", all.QuerySelector("#status option[value=Decided]")?.TextContent);
        // The status facet still shows the other statuses while one is chosen.
        Assert.Equal(all.QuerySelector("#status option[value=UnderDiscussion]")?.TextContent, decided.QuerySelector("#status option[value=UnderDiscussion]")?.TextContent);
        Assert.Matches(@"^Participatiewet \(\d+\)$", decided.QuerySelector("#domein option[value=Participatiewet]")?.TextContent ?? string.Empty);
    }

    /// <summary>
    /// What a facet promises is what choosing it gives: the count beside each domain, status and year is the number of
    /// dilemmas found once that value is chosen (the counts come from one statement, each filtered search from others).
    /// </summary>
    [Fact]
    public async Task Zoeken_EachFacetCount_IsWhatChoosingThatValueFinds()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var (_, page) = await consulent.GetAsync("/zoeken?zoekterm=jeugdhulp");

        var promised = new List<(string Field, string Value, int Count)>();
        foreach (var field in new[] { "domein", "status", "jaar" })
        {
            foreach (var option in page.QuerySelectorAll($"#{field} option"))
            {
                var count = System.Text.RegularExpressions.Regex.Match(option.TextContent, @"\(([\d.]+)\)$");
                if (count.Success && option.GetAttribute("value") is { Length: > 0 } value && count.Groups[1].Value != "0")
                {
                    promised.Add((field, value, int.Parse(count.Groups[1].Value.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }

        Assert.True(promised.Count(p => p.Field == "domein") >= 2, "the demo's jeugdhulp dilemmas lie in several domains");
        Assert.Contains(promised, p => p.Field == "status");
        Assert.Contains(promised, p => p.Field == "jaar");
        foreach (var (field, value, count) in promised)
        {
            var (_, chosen) = await consulent.GetAsync($"/zoeken?zoekterm=jeugdhulp&{field}={Uri.EscapeDataString(value)}");
            Assert.Equal($"{field}={value}: {count}", $"{field}={value}: {chosen.QuerySelector("#resultaten")?.TextContent.Split(' ')[0]}");
        }
    }

    [Fact]
    public async Task Zoeken_WithATypo_ShowsTheCorrectedResultsAtOnce_AndOffersTheWordsAsTyped()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var (_, page) = await consulent.GetAsync("/zoeken?zoekterm=kostendelersnrom");
        var (_, right) = await consulent.GetAsync("/zoeken?zoekterm=kostendelersnorm");
        static List<string> Titles(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll(".oh-results h3").Select(h => h.TextContent.Trim())];

        var said = page.QuerySelector(".oh-corrected");
        Assert.Equal("Resultaten voor kostendelersnorm — zoek toch naar kostendelersnrom", string.Join(' ', said?.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? []));
        Assert.NotEmpty(Titles(page));
        Assert.Equal(Titles(right), Titles(page));
        Assert.Equal(right.QuerySelector("#resultaten")?.TextContent, page.QuerySelector("#resultaten")?.TextContent);
        Assert.Equal("kostendelersnrom", page.QuerySelector("#zoekterm")?.GetAttribute("value"));

        // "zoek toch naar …": the words as typed, which find nothing, with "Bedoelde u …?" as before.
        var (_, asTyped) = await consulent.GetAsync(said!.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("0 dilemma's gevonden", asTyped.QuerySelector("#resultaten")?.TextContent);
        Assert.Null(asTyped.QuerySelector(".oh-corrected"));
        Assert.Equal("kostendelersnorm", asTyped.QuerySelector(".oh-did-you-mean a")?.TextContent);

        // A filter chosen there keeps the words as typed (the form carries them); other words typed in the box are
        // corrected again.
        var kept = asTyped.QuerySelector("#zoekformulier input[name=letterlijk]");
        Assert.Equal("kostendelersnrom", kept?.GetAttribute("value"));
        var (_, filtered) = await consulent.GetAsync("/zoeken?zoekterm=kostendelersnrom&letterlijk=kostendelersnrom&besloten=true");
        Assert.Null(filtered.QuerySelector(".oh-corrected"));
        Assert.Equal("0 dilemma's gevonden", filtered.QuerySelector("#resultaten")?.TextContent);
        var (_, other) = await consulent.GetAsync("/zoeken?zoekterm=jeugdhlup&letterlijk=kostendelersnrom");
        Assert.NotNull(other.QuerySelector(".oh-corrected"));
    }

    [Fact]
    public async Task Zoeken_MarksAHit_WithoutASpaceBeforeThePunctuationAfterIt()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var (_, page) = await consulent.GetAsync("/zoeken?zoekterm=zelfmelding");
        var snippets = string.Concat(page.QuerySelectorAll(".oh-snippet").Select(p => p.InnerHtml));

        Assert.Matches(@"</mark>[,.]", snippets);
        Assert.DoesNotMatch(@"</mark>\s+[,.;:!?)]", snippets);
    }

    [Fact]
    public async Task Zoeken_ShowsNothingOfAnotherGemeenteOrOthersConcepts()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var (_, market) = await consulent.GetAsync("/zoeken?zoekterm=marktkraam");
        var (_, draft) = await consulent.GetAsync("/zoeken?zoekterm=zoekperiode");

        Assert.Equal("0 dilemma's gevonden", market.QuerySelector("#resultaten")?.TextContent);
        Assert.Equal("0 dilemma's gevonden", draft.QuerySelector("#resultaten")?.TextContent);
    }

    [Fact]
    public async Task Zoeken_EscapesMarkupInTheSnippet()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true,
            ("Situation", DilemmaSteps.Situation +  " Bij de plantage-xss-test stond <script>alert('x')</script> en <b>vet</b> in de notitie."));

        var (_, page) = await handhaver.GetAsync("/zoeken?zoekterm=plantage-xss-test");

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll(".oh-results b"));
        Assert.Contains("<script>alert", page.QuerySelector(".oh-results")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zoeken_LabelsTheSnippet_SolutionFirst_CutAtWordsWithAnEllipsis()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var (_, page) = await consulent.GetAsync("/zoeken?zoekterm=hennepplantage+lopende+jeugdhulp");

        var parts = page.QuerySelectorAll(".oh-results li")[0].QuerySelectorAll(".oh-snippet")
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p.TextContent, @"\s+", " ").Trim()).ToList();
        Assert.StartsWith("Oplossing:", parts[0], StringComparison.Ordinal);
        Assert.StartsWith("Situatie:", parts[1], StringComparison.Ordinal);
        // A stretch from the middle of the text: an ellipsis where text was left out, and whole words only.
        Assert.Matches(@"^Situatie: (… )?\S.*\S( …)?$", parts[1]);
        Assert.All(parts, p => Assert.Matches(@"(\.|…|\w)$", p));
    }

    [Fact]
    public async Task Zoeken_PutsTheResultsBeforeTheFilters_AndOffersAButtonToApplyThem()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var (_, page) = await consulent.GetAsync("/zoeken?zoekterm=jeugdhulp");

        var order = page.QuerySelectorAll("#resultaten, #filters-titel").Select(e => e.Id).ToList();
        Assert.Equal(["resultaten", "filters-titel"], order);
        Assert.NotNull(page.QuerySelectorAll("#filters button[type=submit]").SingleOrDefault(b => b.TextContent == "Filters toepassen"));
        Assert.DoesNotContain("staan bovenaan", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }
}
