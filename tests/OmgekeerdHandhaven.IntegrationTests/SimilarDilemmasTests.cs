using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class SimilarDilemmasTests(AppFactory app)
{
    private HttpClient Client()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoSeeder.DemoTokens["teamleider@voorbeeld.nl"]);
        return client;
    }

    private Task<string> NumberOfAsync(string titleStart) => app.QueryAsync(async db =>
    {
        var d = await db.Dilemmas.IgnoreQueryFilters()
            .Where(x => x.Title.StartsWith(titleStart) && db.Municipalities.Any(m => m.Id == x.MunicipalityId && m.Code == "GM0000"))
            .Select(x => new { x.Year, x.Sequence }).FirstAsync();
        return new DilemmaNumber(d.Year, d.Sequence).ToString();
    });

    [Fact]
    public async Task SimilarToTheHennepFamily_IsTheOtherHennepCase_NeverItself()
    {
        using var client = Client();
        var hennep = await NumberOfAsync("Bijstandsgezin met hennepplantage op zolder");
        var second = await NumberOfAsync("Tweede kweekruimte");

        var items = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/dilemmas/{hennep}/similar")).RootElement;
        var numbers = items.EnumerateArray().Select(i => i.GetProperty("number").GetString()).ToList();

        Assert.InRange(numbers.Count, 1, 5);
        Assert.DoesNotContain(hennep, numbers);
        Assert.Contains(second, numbers);
    }

    [Fact]
    public async Task SimilarBeforeSaving_FindsThePastSolutionForANewCase()
    {
        using var client = Client();
        var hennep = await NumberOfAsync("Bijstandsgezin met hennepplantage op zolder");

        var response = await client.PostAsJsonAsync("/api/v1/dilemmas/similar", new
        {
            title = "Hennepkwekerij bij gezin met jeugdhulp",
            situation = "Bij een bijstandsgezin met jeugdhulp is een hennepplantage gevonden.",
        });
        var numbers = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(i => i.GetProperty("number").GetString()).ToList();

        Assert.Equal(hennep, numbers[0]);
    }

    [Fact]
    public async Task DilemmaPage_ListsSimilarDilemmas()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var hennep = await NumberOfAsync("Bijstandsgezin met hennepplantage op zolder");

        var (_, page) = await session.GetAsync($"/dilemmas/{hennep}");

        Assert.Contains("Tweede kweekruimte", page.QuerySelector("#vergelijkbaar")?.ParentElement?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NieuwDilemma_ZoekVergelijkbare_ShowsPastDilemmasWithoutSaving()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var before = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync());

        var response = await session.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw",
            ("Title", "Hennepkwekerij bij gezin met jeugdhulp"), ("Situation", "Bij een bijstandsgezin is een hennepplantage gevonden."), ("Command", "vergelijkbaar"));
        var page = await WebSession.ParseAsync(response);

        Assert.Contains("hennepplantage", page.QuerySelector("#vergelijkbaar-lijst")?.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Hennepkwekerij bij gezin met jeugdhulp", page.QuerySelector("#Title")?.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll(".utrecht-form-field-error-message"));
        Assert.Equal(before, await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task SimilarFragment_ForTheFormScript_ListsLinks()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var (response, fragment) = await session.GetAsync("/dilemmas/vergelijkbaar?titel=" + Uri.EscapeDataString("hennep jeugdhulp"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(fragment.QuerySelectorAll("a[href^='/dilemmas/']"));
        Assert.Null(fragment.QuerySelector("header"));
    }

    [Fact]
    public async Task SimilarList_ShowsTheStatusAndTheStartOfTheSolution()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var (_, fragment) = await session.GetAsync("/dilemmas/vergelijkbaar?titel=" + Uri.EscapeDataString("Bijstandsgezin met hennepplantage op zolder en lopende jeugdhulp"));

        var family = fragment.QuerySelectorAll("li").First(li => li.TextContent.Contains("hennepplantage op zolder", StringComparison.Ordinal));
        Assert.Equal("Besloten", family.QuerySelector(".oh-status")?.TextContent);
        Assert.StartsWith("Oplossing: We kiezen de middenweg.", System.Text.RegularExpressions.Regex.Replace(family.QuerySelector(".oh-snippet")?.TextContent ?? string.Empty, @"\s+", " ").Trim(), StringComparison.Ordinal);
    }
}
