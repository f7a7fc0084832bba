using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>The JSON API of spec/api.md over real HTTP, with personal access tokens.</summary>
[Collection(SharedApp.Name)]
public sealed class ApiTests(AppFactory app)
{
    private const string Password = "een lang testwachtwoord";

    private static object HennepInput(string situation = DilemmaSteps.Situation) => new
    {
        title = "Bijstandsgezin met hennepplantage en jeugdhulp",
        situation,
        question = "Beëindigen we de uitkering direct, of krijgt jeugdhulp eerst de tijd?",
        interests = "Veiligheid van de kinderen.",
        policyAreas = new[] { "Participatiewet", "Jeugdhulp" },
        phase = "RunningBenefit",
        riskSignals = new[] { "hennep", "jeugdhulp betrokken" },
        options = new[]
        {
            new { description = "Uitkering beëindigen", consequences = "Acute geldnood." },
            new { description = "Jeugdhulp 6 weken de tijd", consequences = "Handhaving later." },
        },
        proposal = "Middenweg",
        legalBasis = "art. 17 Participatiewet",
    };

    private Task<HttpClient> ClientForAsync(string email) => app.ApiClientForAsync(email);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task WithoutValidToken_Answers401ProblemJson()
    {
        using var client = app.CreateClient();

        var none = await client.GetAsync("/api/v1/dilemmas");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ohp_bestaat-niet");
        var wrong = await client.GetAsync("/api/v1/dilemmas");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CookieSession_DoesNotOpenTheApi()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.Client.GetAsync("/api/v1/dilemmas")).StatusCode);
    }

    [Fact]
    public async Task DemoToken_FromSeedData_Works()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoSeeder.DemoTokens["teamleider@voorbeeld.nl"]);

        var response = await client.GetAsync("/api/v1/dilemmas?q=hennep&decidedOnly=true");
        var body = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("total").GetInt32() >= 1);
        // The demo gemeente is small: its counts are exact, and the answer says so.
        Assert.False(body.GetProperty("totalEstimated").GetBoolean());
        var first = body.GetProperty("items")[0];
        Assert.Equal("Decided", first.GetProperty("status").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WholeLifecycle_OverTheApi()
    {
        using var handhaver = await ClientForAsync("handhaver@voorbeeld.nl");
        using var consulent = await ClientForAsync("consulent@voorbeeld.nl");
        using var beslisser = await ClientForAsync("beslisser@voorbeeld.nl");

        var created = await handhaver.PostAsJsonAsync("/api/v1/dilemmas", HennepInput());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dilemma = await JsonAsync(created);
        var number = dilemma.GetProperty("number").GetString()!;
        Assert.Equal($"/api/v1/dilemmas/{number}", created.Headers.Location?.OriginalString);
        Assert.Equal("Draft", dilemma.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await consulent.GetAsync($"/api/v1/dilemmas/{number}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await handhaver.PostAsync($"/api/v1/dilemmas/{number}/submit", null)).StatusCode);
        var comment = await consulent.PostAsJsonAsync($"/api/v1/dilemmas/{number}/comments", new { kind = "Question", body = "Is het veilig voor de kinderen?" });
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await consulent.PostAsJsonAsync($"/api/v1/dilemmas/{number}/decision", new { solution = "x", rationale = "y" })).StatusCode);
        var decided = await beslisser.PostAsJsonAsync($"/api/v1/dilemmas/{number}/decision", new
        {
            solution = "Middenweg",
            rationale = "Past bij de visie.",
            agreements = new[]
            {
                new { description = "Jeugdhulp stabiliseert.", responsible = "jeugdhulpverlener", dueDate = "2030-01-15", fallback = "Handhaving start." },
                new { description = "Zelfmelding inkomsten.", responsible = "Sanne de Vries", dueDate = "2030-01-01", fallback = "Jeugdhulpverlener meldt." },
            },
        });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var body = await JsonAsync(decided);
        Assert.Equal("Decided", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("commentCount").GetInt32());
        var agreements = body.GetProperty("decision").GetProperty("agreements");
        Assert.Equal(2, agreements.GetArrayLength());
        Assert.Equal("2030-01-01", agreements[0].GetProperty("dueDate").GetString());
        Assert.False(agreements[0].GetProperty("overdue").GetBoolean());

        var agreementId = agreements[0].GetProperty("id").GetGuid();
        var status = await handhaver.PostAsJsonAsync($"/api/v1/agreements/{agreementId}/status", new { status = "Kept", note = "Melding ontvangen." });
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("Kept", (await JsonAsync(status)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await consulent.PostAsJsonAsync($"/api/v1/agreements/{agreementId}/status", new { status = "Kept" })).StatusCode);

        // Revising keeps the old decision as superseded; submitting a decided dilemma is an illegal transition (409).
        var revised = await beslisser.PostAsJsonAsync($"/api/v1/dilemmas/{number}/decision", new { solution = "Nieuwe middenweg", rationale = "Nieuwe feiten." });
        Assert.Equal(1, (await JsonAsync(revised)).GetProperty("supersededDecisions").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await handhaver.PostAsync($"/api/v1/dilemmas/{number}/submit", null)).StatusCode);

        var comments = await JsonAsync(await handhaver.GetAsync($"/api/v1/dilemmas/{number}/comments"));
        Assert.Equal("Question", comments[0].GetProperty("kind").GetString());
        Assert.Equal("Mohamed El Amrani", comments[0].GetProperty("author").GetString());
    }

    [Fact]
    public async Task InvalidBody_Answers400WithDutchMessagesPerJsonField_AndStoresNothing()
    {
        using var client = await ClientForAsync("consulent@voorbeeld.nl");
        var before = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync());

        var response = await client.PostAsJsonAsync("/api/v1/dilemmas", new
        {
            title = "Kort",
            situation = DilemmaSteps.Situation + " Bel de moeder op 06-12345678.",
            question = "Wat doen we met dit gezin en de uitkering?",
            policyAreas = new[] { "Participatiewet", "Bestaat niet" },
            phase = "Onbekend",
            options = new[] { new { description = "", consequences = "x" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.StartsWith("De titel moet", errors.GetProperty("title")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Situatie bevat een telefoonnummer. Haal persoonsgegevens weg: een dilemma wordt geanonimiseerd vastgelegd.", errors.GetProperty("situation")[0].GetString());
        Assert.Contains("Bestaat niet", errors.GetProperty("policyAreas")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Kies de fase.", errors.GetProperty("phase")[0].GetString());
        Assert.Equal("Beschrijf deze optie.", errors.GetProperty("options[0].description")[0].GetString());
        Assert.Equal(before, await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [InlineData("{\"title\": 12, \"options\": \"geen lijst\"}")]
    [InlineData("{niet eens json")]
    [InlineData("")]
    public async Task MalformedJson_Answers400InDutch(string body)
    {
        using var client = await ClientForAsync("handhaver@voorbeeld.nl");

        var response = await client.PostAsync("/api/v1/dilemmas", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("geen geldige JSON", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleIfMatch_Answers409AndChangesNothing()
    {
        using var client = await ClientForAsync("handhaver@voorbeeld.nl");
        var created = await JsonAsync(await client.PostAsJsonAsync("/api/v1/dilemmas", HennepInput()));
        var number = created.GetProperty("number").GetString()!;
        var version = created.GetProperty("version").GetUInt32();

        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/dilemmas/{number}") { Content = JsonContent.Create(HennepInput(DilemmaSteps.Situation + " Eerste wijziging.")) };
        first.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/dilemmas/{number}") { Content = JsonContent.Create(HennepInput(DilemmaSteps.Situation + " Tweede wijziging.")) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.SendAsync(stale)).StatusCode);
        var stored = await JsonAsync(await client.GetAsync($"/api/v1/dilemmas/{number}"));
        Assert.EndsWith("Eerste wijziging.", stored.GetProperty("situation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherGemeente_IsNotFound_AndBeslisserCannotCreate()
    {
        using var anderdorp = await ClientForAsync("handhaver@anderdorp.nl");
        using var voorbeeld = await ClientForAsync("beslisser@voorbeeld.nl");
        var created = await JsonAsync(await anderdorp.PostAsJsonAsync("/api/v1/dilemmas", HennepInput()));
        var number = created.GetProperty("number").GetString()!;

        var seen = await voorbeeld.GetAsync($"/api/v1/dilemmas/{number}");
        if (seen.StatusCode == HttpStatusCode.OK)
        {
            // The same number exists in Voorbeeld too; it must be Voorbeeld's own dilemma.
            Assert.NotEqual(created.GetProperty("createdAt").GetDateTimeOffset(), (await JsonAsync(seen)).GetProperty("createdAt").GetDateTimeOffset());
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await voorbeeld.PostAsJsonAsync("/api/v1/dilemmas", HennepInput())).StatusCode);
    }

    [Fact]
    public async Task TokenFromProfile_IsShownOnce_WorksAndStopsWhenRevoked()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, Password);

        var created = await session.SubmitAsync("/profiel", "/profiel/tokens", ("Form.Name", "koppeling zaaksysteem"), ("Form.ExpiresOn", ""));
        var secret = (await WebSession.ParseAsync(created)).QuerySelector("[data-testid=nieuw-token]")?.TextContent;
        Assert.StartsWith("ohp_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret!, (await session.GetAsync("/profiel")).Document.Body?.InnerHtml, StringComparison.Ordinal);
        var stored = await app.QueryAsync(db => db.AccessTokens.IgnoreQueryFilters().SingleAsync(t => t.UserId == user.Id));
        Assert.NotEqual(secret, stored.Hash);

        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/dilemmas")).StatusCode);

        await session.SubmitAsync("/profiel", $"/profiel/tokens/{stored.Id}/intrekken");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/dilemmas")).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/v1/dilemmas/{number}/decision", text, StringComparison.Ordinal);
        Assert.Contains("/api/v1/agreements/{id}/status", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DeclaresTitleBearerSchemeProblemsAndEnumValues()
    {
        using var client = app.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        Assert.Equal("Dilemmaregister API", (string?)document["info"]!["title"]);
        var bearer = document["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal(("http", "bearer"), ((string?)bearer["type"], (string?)bearer["scheme"]));
        Assert.NotNull(document["security"]![0]!["Bearer"]);
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                foreach (var status in method == "get" ? ["400", "401", "403", "404", "429"] : new[] { "400", "401", "403", "404", "409", "429" })
                {
                    Assert.True(operation!["responses"]?[status]?["content"]?["application/problem+json"] is not null, $"{method} {path} lacks a problem+json {status}");
                }
            }
        }

        var schemas = document["components"]!["schemas"]!;
        Assert.Equal(Enum.GetNames<ChainPhase>(), schemas["DilemmaInput"]!["properties"]!["phase"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(Enum.GetNames<DilemmaStatus>(), schemas["DilemmaOutput"]!["properties"]!["status"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(Enum.GetNames<CommentKind>(), schemas["CommentInput"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public async Task ApiDocumentationPage_IsServed_WithAWiderPolicyOnlyThere()
    {
        using var client = app.CreateClient();

        var docs = await client.GetAsync("/api-documentatie");
        var login = await client.GetAsync("/inloggen");

        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9_-]+'", docs.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", login.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", login.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchSnippets_ArePlainTextWithHighlightsAsData_AndTheHtmlFormHasNoNumericEntities()
    {
        // A handhaver of its own: only the author sees a Draft, so it stays out of what the demo accounts see.
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Handhaver);
        using var client = await ClientForAsync(user.Email!);
        await client.PostAsJsonAsync("/api/v1/dilemmas", HennepInput(DilemmaSteps.Situation + " De cliënt meldde zich bij het loket voor een snippettoets."));
        var body = await JsonAsync(await client.GetAsync("/api/v1/dilemmas?q=snippettoets"));

        var item = body.GetProperty("items")[0];
        Assert.DoesNotContain("&#", item.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("cliënt", item.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        var situation = item.GetProperty("snippetParts").EnumerateArray().Single(p => p.GetProperty("label").GetString() == "Situatie");
        var text = situation.GetProperty("text").GetString()!;
        Assert.DoesNotContain("<mark>", text, StringComparison.Ordinal);
        var hit = situation.GetProperty("highlights")[0];
        Assert.Equal("snippettoets", text.Substring(hit.GetProperty("start").GetInt32(), hit.GetProperty("length").GetInt32()));
    }
}
