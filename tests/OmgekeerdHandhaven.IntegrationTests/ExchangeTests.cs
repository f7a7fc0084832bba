using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Cli;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Exchange;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>The exchange format (spec/exchange-format.md) through the API, the command line and Beheer › Uitwisseling.</summary>
[Collection(SharedApp.Name)]
public sealed class ExchangeTests(AppFactory app)
{
    [Fact]
    public async Task ExportImportExport_IntoAnEmptyGemeente_GivesTheSameDilemmas_AndASecondImportChangesNothing()
    {
        using var beslisser = await ClientForAsync("teamleider@voorbeeld.nl");
        var exported = await beslisser.GetAsync("/api/v1/exchange");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        var first = JsonNode.Parse(await exported.Content.ReadAsStringAsync())!;
        Assert.Equal("dilemmaregister-exchange", (string?)first["format"]);
        Assert.Equal("GM0000", (string?)first["source"]!["code"]);
        var count = first["dilemmas"]!.AsArray().Count;
        Assert.True(count >= 3, "the demo gemeente has decided dilemmas");
        // No staff names: every agreement names an outside party or the role, never a colleague.
        var colleagues = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Select(u => u.DisplayName).ToListAsync());
        Assert.DoesNotContain(first["dilemmas"]!.AsArray().SelectMany(d => d!["decision"]!["agreements"]!.AsArray()).Select(a => (string?)a!["responsible"]), colleagues.Contains!);

        Assert.Equal(0, (await RunAsync("create-gemeente", "--name", "Gemeente Leeg", "--code", "GM7002")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-user", "--gemeente", "GM7002", "--email", "beheer@leeg.nl", "--name", "Beheerder Leeg", "--roles", "Beheerder")).ExitCode);
        var file = Path.Combine(Path.GetTempPath(), $"uitwisseling-{Guid.NewGuid():N}.json");
        var again = file + ".terug.json";
        try
        {
            await File.WriteAllTextAsync(file, first.ToJsonString());
            var imported = await RunAsync("import", "--gemeente", "GM7002", file);
            Assert.Equal(0, imported.ExitCode);
            Assert.Contains($"Ingelezen: {count} nieuw, 0 bijgewerkt, 0 ongewijzigd.", imported.Output, StringComparison.Ordinal);

            Assert.Equal(0, (await RunAsync("export", "--gemeente", "GM7002", "--out", again)).ExitCode);
            var second = JsonNode.Parse(await File.ReadAllTextAsync(again))!;
            Assert.Equal("GM7002", (string?)second["source"]!["code"]);
            Assert.Equal(first["dilemmas"]!.AsArray().Select(d => d!.ToJsonString()), second["dilemmas"]!.AsArray().Select(d => d!.ToJsonString()));

            var twice = await RunAsync("import", "--gemeente", "GM7002", file);
            Assert.Contains($"Ingelezen: 0 nieuw, 0 bijgewerkt, {count} ongewijzigd.", twice.Output, StringComparison.Ordinal);
            Assert.Equal(count, await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync(d => db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM7002"))));
        }
        finally
        {
            File.Delete(file);
            File.Delete(again);
        }

        // Imported dilemmas are searchable in the receiving gemeente and marked with their source.
        var reader = await app.CreateUserAsync("GM7002", "Uitwisseling-2026!", Roles.Consulent);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(reader.Email!, "Uitwisseling-2026!");
        var (_, results) = await session.GetAsync("/zoeken?zoekterm=hennepplantage");
        Assert.Contains("overgenomen van Gemeente Voorbeeld", results.QuerySelector(".oh-results li")?.TextContent, StringComparison.Ordinal);
        var hit = results.QuerySelector(".oh-results h3 a")?.GetAttribute("href");
        Assert.NotNull(hit);
        var (_, page) = await session.GetAsync(hit);
        Assert.Contains("Overgenomen van Gemeente Voorbeeld", page.GetElementById("overgenomen")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Besloten", page.QuerySelector("#dilemma-status")?.TextContent.Trim());
    }

    /// <summary>since= keeps the dilemmas whose decision in force was taken on or after that day (a Dutch date).</summary>
    [Fact]
    public async Task Export_CarriesNoStaffNames_EvenWhereTheRegisterNamesAColleague()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var colleague = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "handhaver@voorbeeld.nl").Select(u => u.DisplayName).SingleAsync());
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Uitwisseling zonder namen van medewerkers"));
        var decided = await DilemmaSteps.DecideAsync(beslisser, number, ("Solution", $"@{colleague} bewaakt de termijn van zes weken."), ("Rationale", $"Afgestemd met {colleague}."));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        using var api = await ClientForAsync("teamleider@voorbeeld.nl");
        var exported = JsonNode.Parse(await api.GetStringAsync("/api/v1/exchange"))!["dilemmas"]!.AsArray()
            .Single(d => (string?)d!["title"] == "Uitwisseling zonder namen van medewerkers")!;

        Assert.DoesNotContain(colleague, exported.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal($"{ExchangeService.ColleagueRole} bewaakt de termijn van zes weken.", (string?)exported["decision"]!["solution"]);
    }

    [Fact]
    public async Task Export_Since_KeepsOnlyDilemmasDecidedOnOrAfterThatDay()
    {
        using var beslisser = await ClientForAsync("teamleider@voorbeeld.nl");
        var all = JsonNode.Parse(await beslisser.GetStringAsync("/api/v1/exchange"))!["dilemmas"]!.AsArray();
        var days = all.Select(d => DateOnly.Parse((string)d!["decision"]!["decidedAt"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var latest = days.Max();

        var since = JsonNode.Parse(await beslisser.GetStringAsync($"/api/v1/exchange?since={latest:yyyy-MM-dd}"))!["dilemmas"]!.AsArray();
        var none = JsonNode.Parse(await beslisser.GetStringAsync($"/api/v1/exchange?since={latest.AddDays(1):yyyy-MM-dd}"))!["dilemmas"]!.AsArray();
        var everything = JsonNode.Parse(await beslisser.GetStringAsync($"/api/v1/exchange?since={days.Min():yyyy-MM-dd}"))!["dilemmas"]!.AsArray();

        Assert.Equal(days.Count(d => d >= latest), since.Count);
        Assert.All(since, d => Assert.Equal(latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)d!["decision"]!["decidedAt"]));
        Assert.Empty(none);
        Assert.Equal(all.Count, everything.Count);
    }

    [Fact]
    public async Task ADocumentWithOneBadItem_ImportsNothing_AndNamesTheItem()
    {
        using var beheerder = await ClientForAsync("beheerder@anderdorp.nl");
        var before = await DilemmaCountAsync("GM9999");
        var document = Document(Item("bron-1", "Een goed dilemma uit de bron"), Item("bron-2", "Een tweede goed dilemma"), Item("bron-3", null), Item("bron-4", "Nog een goed dilemma"));

        var response = await beheerder.PostAsJsonAsync("/api/v1/exchange", document);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Titel ontbreekt.", (string?)problem["errors"]!["dilemmas[2].title"]![0]);
        Assert.Equal(before, await DilemmaCountAsync("GM9999"));
    }

    [Fact]
    public async Task ADocumentWithABsn_IsRefusedWhole_WithTheFieldNamed_AndNotEchoed()
    {
        using var beheerder = await ClientForAsync("beheerder@anderdorp.nl");
        var before = await DilemmaCountAsync("GM9999");
        var bad = Item("bron-bsn", "Een dilemma met een persoonsgegeven") with { Situation = "De klant met BSN 111222333 werkt zwart bij een bouwbedrijf in de regio en houdt dat stil." };

        var response = await beheerder.PostAsJsonAsync("/api/v1/exchange", Document(Item("bron-ok", "Een goed dilemma uit de bron"), bad));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("dilemmas[1].situation", body, StringComparison.Ordinal);
        Assert.DoesNotContain("111222333", body, StringComparison.Ordinal);
        Assert.Equal(before, await DilemmaCountAsync("GM9999"));
    }

    [Fact]
    public async Task AChangedDocument_UpdatesTheDilemma_AndUnknownDomainsAreAdded()
    {
        using var beheerder = await ClientForAsync("beheerder@anderdorp.nl");
        var original = Item("bron-wijzig", "Dilemma dat de bron later wijzigt") with { PolicyAreas = ["Participatiewet", "Statushouders"] };
        var first = await (await beheerder.PostAsJsonAsync("/api/v1/exchange", Document(original))).Content.ReadFromJsonAsync<JsonElement>();
        var changed = original with { Decision = original.Decision with { Solution = "Een andere oplossing na evaluatie." } };

        var second = await (await beheerder.PostAsJsonAsync("/api/v1/exchange", Document(changed))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, first.GetProperty("imported").GetInt32());
        Assert.Equal(1, second.GetProperty("updated").GetInt32());
        var solution = await app.QueryAsync(db => db.Decisions.IgnoreQueryFilters()
            .Where(x => x.SupersededAt == null && db.Dilemmas.Any(d => d.Id == x.DilemmaId && d.SourceId == "bron-wijzig")).Select(x => x.Solution).SingleAsync());
        Assert.Equal("Een andere oplossing na evaluatie.", solution);
        Assert.True(await app.QueryAsync(db => db.PolicyAreas.IgnoreQueryFilters().AnyAsync(p => p.Name == "Statushouders" && db.Municipalities.Any(m => m.Id == p.MunicipalityId && m.Code == "GM9999"))));
    }

    [Fact]
    public async Task Consulent_MayNotExport_AndBeslisserMayNotImport()
    {
        using var consulent = await ClientForAsync("consulent@voorbeeld.nl");
        using var beslisser = await ClientForAsync("beslisser@voorbeeld.nl");

        var export = await consulent.GetAsync("/api/v1/exchange");
        var import = await beslisser.PostAsJsonAsync("/api/v1/exchange", Document(Item("bron-x", "Een dilemma dat niet binnenkomt")));

        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
    }

    [Fact]
    public async Task BeheerUpload_ReportsWhatItDid_AndRefusesBrokenJsonWithoutChanges()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("beheerder@anderdorp.nl");
        var before = await DilemmaCountAsync("GM9999");

        var broken = await UploadAsync(session, "{ dit is geen json");
        var good = await UploadAsync(session, JsonSerializer.Serialize(Document(Item("bron-upload", "Dilemma via het beheerscherm")), Web));

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("geen geldige JSON", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var (_, page) = await session.GetAsync("/beheer/uitwisseling");
        Assert.Contains("1 nieuw, 0 bijgewerkt, 0 ongewijzigd", page.QuerySelector(".utrecht-alert--ok")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before + 1, await DilemmaCountAsync("GM9999"));
    }

    [Fact]
    public async Task BeheerUpload_NamesABadItemByNumberAndTitle_NotByItsJsonPath()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("beheerder@anderdorp.nl");
        var bad = Item("bron-leesbaar", "Bijbaan niet opgegeven door een klant met een lange titel") with { Situation = "De klant met BSN 111222333 werkt zwart bij een bouwbedrijf in de regio en houdt dat stil." };
        var badOption = Item("bron-optie", "Tweede dilemma met een lege optie") with { Options = [new Option("Terugvorderen", "Streng."), new Option("", "Mild.")] };

        var response = await UploadAsync(session, JsonSerializer.Serialize(Document(Item("bron-goed", "Een goed dilemma uit de bron"), bad, badOption), Web));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await WebSession.ParseAsync(response)).QuerySelectorAll("#import-fout li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(problems, p => p.StartsWith("Dilemma 2 (‘Bijbaan niet opgegeven door een klant…’): Situatie bevat een BSN", StringComparison.Ordinal));
        Assert.Contains("Dilemma 3 (‘Tweede dilemma met een lege optie’), optie 2: Omschrijving ontbreekt.", problems);
        Assert.DoesNotContain(problems, p => p.Contains("dilemmas[", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReImport_OfADilemmaWithADomainNewToTheGemeente_InTheMiddle_ChangesNothing()
    {
        using var beheerder = await ClientForAsync("beheerder@anderdorp.nl");
        var item = Item("bron-volgorde", "Dilemma met een nieuw domein in het midden") with { PolicyAreas = ["Participatiewet", "Nieuwkomers", "Jeugdhulp"] };

        var first = await (await beheerder.PostAsJsonAsync("/api/v1/exchange", Document(item))).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await beheerder.PostAsJsonAsync("/api/v1/exchange", Document(item))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, first.GetProperty("imported").GetInt32());
        Assert.Equal((0, 0, 1), (again.GetProperty("imported").GetInt32(), again.GetProperty("updated").GetInt32(), again.GetProperty("skipped").GetInt32()));
    }

    [Fact]
    public async Task AnUpdateWithAnUnchangedDecision_KeepsThatDecisionInForce_NotSuperseded()
    {
        using var beheerder = await ClientForAsync("beheerder@anderdorp.nl");
        var original = Item("bron-zelfde-besluit", "Dilemma waarvan alleen de situatie verandert");
        await beheerder.PostAsJsonAsync("/api/v1/exchange", Document(original));
        var changed = original with { Situation = original.Situation + " Later bleek ook de partner inkomsten te hebben." };

        var second = await (await beheerder.PostAsJsonAsync("/api/v1/exchange", Document(changed))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, second.GetProperty("updated").GetInt32());
        var decisions = await app.QueryAsync(db => db.Decisions.IgnoreQueryFilters()
            .Where(x => db.Dilemmas.Any(d => d.Id == x.DilemmaId && d.SourceId == "bron-zelfde-besluit")).CountAsync());
        Assert.Equal(1, decisions);
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record Option(string Description, string Consequences);

    private sealed record Agreement(string Description, string Responsible, int TermDays, string Fallback);

    private sealed record Decision(string Solution, string Rationale, string DecidedAt, Agreement[] Agreements);

    private sealed record ExchangeItem(string SourceId, string? Title, string Situation, string Question, string[] PolicyAreas, string Phase, string[] RiskSignals, Option[] Options, Decision Decision);

    private static ExchangeItem Item(string sourceId, string? title) => new(
        sourceId, title,
        "Een bijstandsgerechtigde blijkt een bijbaan te hebben die niet is opgegeven; de inkomsten zijn klein maar structureel.",
        "Vorderen we alles terug met een boete, of volstaat verrekening?",
        ["Participatiewet"], "RunningBenefit", ["inkomsten niet gemeld"],
        [new Option("Terugvorderen met boete", "Streng en duidelijk."), new Option("Verrekenen zonder boete", "Mild bij goede trouw.")],
        new Decision("Verrekenen zonder boete; de inkomsten worden voortaan maandelijks opgegeven.", "Goede trouw en kleine bedragen.", "2026-10-01",
            [new Agreement("Maandelijkse opgave van de inkomsten", "klant", 30, "Boete bij de volgende overtreding.")]));

    private static object Document(params ExchangeItem[] items) => new
    {
        format = "dilemmaregister-exchange",
        version = 1,
        exportedAt = "2026-11-29T10:15:00Z",
        source = new { gemeente = "Gemeente Bronstad", code = "GM7003" },
        dilemmas = items,
    };

    private Task<int> DilemmaCountAsync(string code) =>
        app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync(d => db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == code)));

    private static async Task<HttpResponseMessage> UploadAsync(WebSession session, string json)
    {
        var (_, page) = await session.GetAsync("/beheer/uitwisseling");
        var token = page.QuerySelector("form[action='/beheer/uitwisseling'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, "bestand", "uitwisseling.json" },
        };
        return await session.Client.PostAsync("/beheer/uitwisseling", content);
    }

    private Task<HttpClient> ClientForAsync(string email) => app.ApiClientForAsync(email);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLine.RunAsync(app.Services, args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
