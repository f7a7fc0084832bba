using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests.Security;

/// <summary>
/// A NUL character in a text field answered 500 (PostgreSQL refuses 0x00). Control characters other than tab and line
/// breaks are refused with 400 naming the field, on the API, in forms and in imports, and nothing is written.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ControlCharacterTests(AppFactory app)
{
    /// <summary>A handhaver of its own, so its drafts stay out of what the demo accounts see (similar dilemmas, search).</summary>
    private async Task<HttpClient> OwnClientAsync()
    {
        var user = await app.CreateUserAsync("GM0000", "een lang testwachtwoord", OmgekeerdHandhaven.Web.Domain.Roles.Handhaver);
        return await app.ApiClientForAsync(user.Email!);
    }

    private static object HennepInput(string situation, string? comment = null) => new
    {
        title = "Bijstandsgezin met hennepplantage en jeugdhulp",
        situation,
        question = "Beëindigen we de uitkering direct, of krijgt jeugdhulp eerst de tijd?",
        policyAreas = new[] { "Participatiewet", "Jeugdhulp" },
        phase = "RunningBenefit",
        riskSignals = new[] { "hennep" },
        options = new[] { new { description = "Jeugdhulp 6 weken de tijd", consequences = comment ?? "Handhaving later." } },
    };

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0007")]
    [InlineData("\u001b")]
    public async Task ApiDilemma_WithAControlCharacter_Is400NamingTheField_AndWritesNothing(string control)
    {
        using var client = await OwnClientAsync();
        var before = await DatabaseFingerprint.TakeAsync(app);

        var response = await client.PostAsJsonAsync("/api/v1/dilemmas", HennepInput(DilemmaSteps.Situation + control + " Daarna meer tekst."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var message = (string?)problem["errors"]!["situation"]![0];
        Assert.StartsWith("Situatie bevat een onzichtbaar stuurteken", message, StringComparison.Ordinal);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));
    }

    [Fact]
    public async Task ApiDilemma_WithTabsAndLineBreaks_IsAccepted()
    {
        using var client = await OwnClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/dilemmas", HennepInput(DilemmaSteps.Situation + "\r\n\tEerste punt.\nTweede punt."));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ApiComment_WithANul_Is400NamingTheField()
    {
        using var client = await OwnClientAsync();
        // Not about hennep: once submitted it is seen by the similar-dilemma tests of this gemeente.
        var created = await client.PostAsJsonAsync("/api/v1/dilemmas", new
        {
            title = "Reiskosten van een vrijwilliger naast de bijstand",
            situation = "Een inwoner met bijstand doet vrijwilligerswerk en krijgt daarvoor een reiskostenvergoeding per kilometer.",
            question = "Telt de reiskostenvergoeding als inkomen, of laten we haar buiten beschouwing?",
            policyAreas = new[] { "Participatiewet" },
            phase = "RunningBenefit",
            options = new[] { new { description = "Buiten beschouwing laten", consequences = "Geen verrekening." } },
        });
        var number = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["number"]!;
        // Submitted, so a reactie is possible at all (on a Concept the API answers 409 before it reads the body).
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/dilemmas/{number}/submit", null)).StatusCode);

        var response = await client.PostAsJsonAsync($"/api/v1/dilemmas/{number}/comments", new { kind = "Question", body = "Is er contact\u0000 geweest?" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("onzichtbaar stuurteken", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["body"]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/dilemmas?q=hennep%00", "q")]
    [InlineData("/api/v1/dilemmas?policyArea=Jeugd%00hulp", "policyArea")]
    public async Task ApiQuery_WithANul_Is400NamingTheParameter(string url, string parameter)
    {
        using var client = await OwnClientAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("stuurteken", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![parameter]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zoeken?zoekterm=hennep&domein=Jeugd%00hulp")]
    [InlineData("/oefenen/willekeurig?domein=Jeugd%00hulp")]
    [InlineData("/beheer/logboek?object=%00")]
    public async Task PageQuery_WithANul_IsTheDutch400Page_NeverA500(string url)
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        var (response, page) = await session.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Ongeldig verzoek", page.QuerySelector("h1")?.TextContent);
    }

    /// <summary>
    /// A bell character (a paste from an old document). A NUL itself never reaches the form: ASP.NET Core's form reader
    /// refuses the whole body (400, "Ongeldig verzoek", nothing saved; MalformedInputTests), before any field is known.
    /// </summary>
    [Fact]
    public async Task DilemmaForm_WithAControlCharacter_ShowsTheErrorAtTheField_AndSavesNothing()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet");
        var before = await DatabaseFingerprint.TakeAsync(app);

        var response = await session.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw",
            [.. DilemmaSteps.HennepFields(areas, ("Question", "Stoppen we de uitkering\u0007 of wachten we op jeugdhulp?")), ("Command", "concept")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.StartsWith("Dilemma bevat een onzichtbaar stuurteken", page.QuerySelector("#Question-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));
    }

    [Fact]
    public async Task Import_WithANulInATitle_IsRefusedWhole_NamingTheItemAndField()
    {
        using var beheerder = await app.ApiClientForAsync("beheerder@anderdorp.nl");
        var before = await DatabaseFingerprint.TakeAsync(app);
        var document = new
        {
            format = "dilemmaregister-exchange",
            version = 1,
            exportedAt = "2026-11-29T10:15:00Z",
            source = new { gemeente = "Gemeente Bronstad", code = "GM7003" },
            dilemmas = new[]
            {
                new
                {
                    sourceId = "bron-nul",
                    title = "Bijbaan niet opgegeven\u0000 door een klant",
                    situation = "Een bijstandsgerechtigde blijkt een bijbaan te hebben die niet is opgegeven; de inkomsten zijn klein.",
                    question = "Vorderen we alles terug met een boete, of volstaat verrekening?",
                    policyAreas = new[] { "Participatiewet" },
                    phase = "RunningBenefit",
                    options = new[] { new { description = "Verrekenen", consequences = "Mild bij goede trouw." } },
                    decision = new { solution = "Verrekenen zonder boete.", rationale = "Goede trouw.", decidedAt = "2026-10-01", agreements = Array.Empty<object>() },
                },
            },
        };

        var response = await beheerder.PostAsJsonAsync("/api/v1/exchange", document);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Titel bevat een onzichtbaar stuurteken", (string?)problem["errors"]!["dilemmas[0].title"]![0], StringComparison.Ordinal);
        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));
    }
}
