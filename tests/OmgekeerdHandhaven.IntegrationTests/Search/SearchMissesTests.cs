using AngleSharp;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests.Search;

/// <summary>
/// The register learns its own language: Zoeken counts searches whose words found no or few dilemmas, per gemeente and
/// without who searched; Beheer › Synoniemen lists them with "Synoniem toevoegen" and shows what a group would find.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class SearchMissesTests(AppFactory app)
{
    private static List<string> MissRows(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#zonder-resultaat ~ div table tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Take(3).Select(c => c.TextContent.Trim())))];

    [Fact]
    public async Task SearchesWithoutResults_AreCountedPerGemeente_OnlyTheWordsAlone_AndListedForTheBeheerder()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        await consulent.GetAsync("/zoeken?zoekterm=wisseldiensten%20draaien%20nachtploeg");
        await consulent.GetAsync("/zoeken?zoekterm=Wisseldiensten%20%20draaien%20nachtploeg");
        await consulent.GetAsync("/zoeken?zoekterm=bijstand");                                            // many results: not counted
        await consulent.GetAsync("/zoeken?zoekterm=nachtploeg%20zaterdag&jaar=2019");                   // a filter narrowed it: not counted
        await consulent.GetAsync("/zoeken?zoekterm=hennpe");                                              // corrected at once: not counted

        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var (_, page) = await beheerder.GetAsync("/beheer/synoniemen");
        Assert.Contains("wisseldiensten draaien nachtploeg | 2 | geen", MissRows(page));
        await consulent.GetAsync("/zoeken?zoekterm=wisseldiensten%20draaien%20nachtploeg&letterlijk=ja"); // "zoek toch naar": not counted
        Assert.DoesNotContain(MissRows(page), r => r.StartsWith("bijstand |", StringComparison.Ordinal) || r.Contains("zaterdag", StringComparison.Ordinal));
        var add = page.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Synoniem toevoegen", StringComparison.Ordinal)
            && a.TextContent.Contains("wisseldiensten draaien nachtploeg", StringComparison.Ordinal)).GetAttribute("href")!;
        var (_, form) = await beheerder.GetAsync(add);
        Assert.Equal("wisseldiensten draaien nachtploeg, ", form.QuerySelector("#Form_Terms")?.GetAttribute("value"));
        var (_, after) = await beheerder.GetAsync("/beheer/synoniemen");
        Assert.Contains("wisseldiensten draaien nachtploeg | 2 | geen", MissRows(after));

        // Another gemeente's Beheerder sees none of it.
        using var other = app.CreateSession();
        await other.LoginSuccessfullyAsync("beheerder@anderdorp.nl");
        var (_, theirs) = await other.GetAsync("/beheer/synoniemen");
        Assert.DoesNotContain(MissRows(theirs), r => r.Contains("wisseldiensten", StringComparison.Ordinal));

        var columns = await app.QueryAsync(db => db.Database.SqlQuery<string>(
            $"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = 'search_misses' ORDER BY column_name").ToListAsync());
        Assert.Equal(["day", "id", "most_found", "municipality_id", "searches", "words"], columns);
    }

    [Fact]
    public async Task WordsWithANameOrAnUnknownWord_AreCountedButNeverKept()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        await consulent.GetAsync("/zoeken?zoekterm=mevrouw%20Jansen%20bijstand%20kwijtgeraakt");
        await consulent.GetAsync("/zoeken?zoekterm=yildirimoglu%20uitkering%20kwijtgeraakt");

        var kept = await app.QueryAsync(db => db.SearchMisses.IgnoreQueryFilters().Select(m => m.Words).ToListAsync());
        Assert.DoesNotContain(kept, w => w != null && (w.Contains("jansen", StringComparison.Ordinal) || w.Contains("yildirimoglu", StringComparison.Ordinal)));
        Assert.Contains(kept, w => w == null);

        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var (_, page) = await beheerder.GetAsync("/beheer/synoniemen");
        Assert.Matches(@"Daarnaast \d+ zoekopdracht(en)? met een naam", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("yildirimoglu", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EerstBekijken_ShowsWhatTheGroupWouldFind_AndSavesNothing()
    {
        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var groupsBefore = await app.QueryAsync(db => db.SynonymGroups.IgnoreQueryFilters().CountAsync());

        var response = await beheerder.SubmitAsync("/beheer/synoniemen", "/beheer/synoniemen", ("Form.Terms", "wietplantage, kwekerij"), ("bekijken", "ja"));
        var page = await BrowsingContext.New().OpenAsync(async r => r.Content(await response.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reach = page.QuerySelector(".oh-reach")!;
        var rows = reach.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["wietplantage", "kwekerij"], rows.Select(r => r[0]));
        Assert.True(int.Parse(rows[1][1], System.Globalization.CultureInfo.InvariantCulture) > 0, "the hennep dilemmas hold 'kwekerij'");
        Assert.Contains("Nog niet opgeslagen", reach.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(reach.QuerySelectorAll("li"));
        Assert.Equal(groupsBefore, await app.QueryAsync(db => db.SynonymGroups.IgnoreQueryFilters().CountAsync()));
    }

    /// <summary>"Eerst bekijken" checks the terms as saving does, with the same message next to the field, and shows nothing found.</summary>
    [Theory]
    [InlineData("", "Vul minstens twee termen in, gescheiden door komma's.")]
    [InlineData("wietplantage", "Vul minstens twee verschillende termen in, gescheiden door komma's.")]
    [InlineData("wmo OR zorg, -jeugd", "Een term bevat alleen letters, cijfers, spaties, koppeltekens en apostroffen.")]
    [InlineData("bellen, 06-12345678", "Termen bevat een telefoonnummer.")]
    public async Task EerstBekijken_ChecksTheTermsAsSavingDoes(string terms, string message)
    {
        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        var response = await beheerder.SubmitAsync("/beheer/synoniemen", "/beheer/synoniemen", ("Form.Terms", terms), ("bekijken", "ja"));
        var page = await WebSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("#Form_Terms-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".oh-reach"));
    }
}
