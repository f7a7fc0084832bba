using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>
/// Stored XSS: a corpus of payloads in every free-text field of a dilemma, its decision, agreements and a comment,
/// saved through the API and then rendered in Chromium. No payload may run, and the page must not even need the
/// Content-Security-Policy to stop one (a CSP violation means markup got through unescaped).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StoredXssTests(BrowserFixture browser)
{
    public static readonly string[] Payloads =
    [
        "<script>window.__xss=1</script>",
        "<img src=x onerror=\"window.__xss=1\">",
        "<svg onload=\"window.__xss=1\">",
        "<svg><script>window.__xss=1</script></svg>",
        "javascript:window.__xss=1",
        "[klik hier](javascript:window.__xss=1)",
        "<a href=\"javascript:window.__xss=1\">klik</a>",
        "<iframe src=\"javascript:window.__xss=1\"></iframe>",
        "<body onload=window.__xss=1>",
        "\"><script>window.__xss=1</script>",
        "'><img src=x onerror=window.__xss=1>",
        "<math><mtext></mtext><script>window.__xss=1</script></math>",
        "<details open ontoggle=window.__xss=1>",
        "<input autofocus onfocus=window.__xss=1>",
        "<video><source onerror=\"window.__xss=1\"></video>",
        "<object data=\"javascript:window.__xss=1\"></object>",
        "<embed src=\"javascript:window.__xss=1\">",
        "<style>@import 'javascript:window.__xss=1';</style>",
        "<link rel=stylesheet href=\"javascript:window.__xss=1\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
        "<form action=\"javascript:window.__xss=1\"><button>x</button></form>",
        "![plaatje](x\" onerror=\"window.__xss=1)",
        "[a](x\"onmouseover=\"window.__xss=1)",
        "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
        "<<script>script>window.__xss=1<</script>/script>",
        "&lt;script&gt;window.__xss=1&lt;/script&gt;",
        "<div style=\"background:url(javascript:window.__xss=1)\">",
        "<template><script>window.__xss=1</script></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\">",
        "<base href=\"javascript:window.__xss=1//\">",
        "data:text/html,<script>window.__xss=1</script>",
        "\"onmouseover=\"window.__xss=1",
        "<!--<img src=\"--><img src=x onerror=window.__xss=1//\">",
        "<b onmouseover=window.__xss=1>vet</b> **vet** _schuin_ <mark>gemarkeerd</mark>",
    ];

    [Fact]
    public async Task PayloadsInEveryFreeTextField_NeverRun_AndNeedNoCspToBeStopped()
    {
        Assert.True(Payloads.Length >= 30);
        using var api = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoSeeder.DemoTokens["teamleider@voorbeeld.nl"]);
        var numbers = new List<string>();
        foreach (var (payload, i) in Payloads.Select((p, i) => (p, i)))
        {
            numbers.Add(await StoreAsync(api, payload, i));
        }

        var page = await browser.LoggedInPageAsync("teamleider@voorbeeld.nl");
        await page.AddInitScriptAsync("""
            window.__xss = 0; window.__csp = [];
            document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        var urls = numbers.Select(n => $"/dilemmas/{n}").Concat(["/dilemmas", "/zoeken?zoekterm=XSS-corpus", "/", "/afspraken"]);
        var problems = new List<string>();
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            // Hover and focus everything a payload could hang on, as a user would.
            await page.Mouse.MoveAsync(200, 300);
            await page.Keyboard.PressAsync("Tab");
            var ran = await page.EvaluateAsync<int>("() => window.__xss");
            var violations = await page.EvaluateAsync<string[]>("() => window.__csp");
            if (ran != 0 || violations.Length > 0)
            {
                problems.Add($"{url}: script ran {ran}, CSP violations [{string.Join(", ", violations)}]");
            }
        }

        Assert.Empty(dialogs);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        // The payloads are there, as text: escaped, not dropped.
        await page.GotoAsync($"/dilemmas/{numbers[0]}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("<script>window.__xss=1</script>");
        await page.Context.CloseAsync();
    }

    /// <summary>One dilemma with the payload in every text field, decided with an agreement, with a comment.</summary>
    private static async Task<string> StoreAsync(HttpClient api, string payload, int index)
    {
        var text = $"XSS-corpus {index}: {payload} en dan nog wat gewone tekst zodat het veld lang genoeg is voor de regels.";
        var created = await api.PostAsJsonAsync("/api/v1/dilemmas", new
        {
            title = $"XSS-corpus {index}: {payload}"[..Math.Min(150, $"XSS-corpus {index}: {payload}".Length)],
            situation = text,
            question = text,
            interests = text,
            policyAreas = new[] { "Participatiewet" },
            phase = "RunningBenefit",
            riskSignals = new[] { payload.Length <= 60 ? payload : payload[..60] },
            options = new[] { new { description = payload, consequences = text } },
            proposal = text,
            legalBasis = payload,
        });
        Assert.True(created.IsSuccessStatusCode, $"payload {index} refused on create: {await created.Content.ReadAsStringAsync()}");
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        Assert.True((await api.PostAsync($"/api/v1/dilemmas/{number}/submit", null)).IsSuccessStatusCode);
        var decided = await api.PostAsJsonAsync($"/api/v1/dilemmas/{number}/decision", new
        {
            solution = text,
            rationale = text,
            agreements = new[] { new { description = text, responsible = payload.Length <= 150 ? payload : payload[..150], dueDate = "2027-01-31", fallback = text } },
        });
        Assert.True(decided.IsSuccessStatusCode, $"payload {index} refused on decision: {await decided.Content.ReadAsStringAsync()}");
        var commented = await api.PostAsJsonAsync($"/api/v1/dilemmas/{number}/comments", new { kind = "Question", body = text });
        Assert.True(commented.IsSuccessStatusCode, $"payload {index} refused on comment: {await commented.Content.ReadAsStringAsync()}");
        return number;
    }
}
