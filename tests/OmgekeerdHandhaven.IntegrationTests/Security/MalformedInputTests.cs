using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests.Security;

/// <summary>
/// Malformed requests against every state-changing form and API route (found from the app's endpoints), with a valid
/// antiforgery or bearer token so they reach model binding and validation: the app may refuse them, never fail on them,
/// and a refused one writes nothing (the logboek's one "toegang geweigerd" line for a 403 aside).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class MalformedInputTests(AppFactory app)
{
    private static readonly string[] FieldNames =
    [
        "Title", "Situation", "Question", "Interests", "PolicyAreaIds", "Phase", "RiskSignals", "Options[0].Description", "Options[0].Consequences",
        "Version", "Command", "Reason", "Solution", "Rationale", "Agreements[0].DueDate", "Agreements[0].Description", "Status", "Note", "Body", "Kind",
        "Approach", "Set", "Notes", "Form.Date", "Form.Team", "Form.Attendees", "Form.Title", "Form.ValidUntil", "Form.Terms", "Form.Name", "Form.Dilemmas",
        "dilemmas", "domein", "Email", "Password", "NewPassword", "TeamMeetingId", "Roles", "DisplayName",
    ];

    private static readonly string[] Values =
    [
        "", "\u0000\u0001\u001f", new('a', 200_000), "-1", "99999999999999999999999", "NaN", "../../../../etc/passwd", "' OR 1=1; DROP TABLE dilemmas; --",
        "<script>alert(1)</script>", "2026-02-30", "Banana", "00000000-0000-0000-0000-000000000000", "\ud800", "1e400", "2026-0001\r\nSet-Cookie: x=y",
    ];

    [Fact]
    public async Task MalformedFormPosts_AreRefusedOrHandled_NeverAServerError()
    {
        var routes = AppRoutes.With(app, HttpMethods.Post).Where(r => !r.Url.StartsWith("/api/", StringComparison.Ordinal) && r.Url is not "/uitloggen" and not "/inloggen").ToList();
        var user = await app.CreateUserAsync("GM0000", "Alle-rollen-2026!", [.. Roles.All]);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, "Alle-rollen-2026!");
        var token = await session.SessionTokenAsync();
        var number = await DilemmaSteps.CreateHennepAsync(session, app, submit: true);

        var failures = new List<string>();
        var sent = 0;
        foreach (var (_, template) in routes)
        {
            var url = template.Replace("2026-0001", number, StringComparison.Ordinal);
            for (var v = 0; v < Values.Length; v++)
            {
                // Every field set to the same bad value, once, and a second time with a duplicate of each field.
                var fields = FieldNames.Select(name => new KeyValuePair<string, string>(name, Values[v])).ToList();
                if (v % 3 == 0)
                {
                    fields.AddRange(FieldNames.Select(name => new KeyValuePair<string, string>(name, "tweede waarde")));
                }

                fields.Add(new("__RequestVerificationToken", token));
                sent++;
                await CheckAsync(failures, $"POST {url} with {Describe(Values[v])}", () => session.Client.PostAsync(url, new FormUrlEncodedContent(fields)));
            }

            // A key that is no valid jQuery syntax ("[spc"): MVC's jQuery key parser threw on it (500, even from the error page).
            using var oddKey = new StringContent($"[spc=123&Title[=x&__RequestVerificationToken={Uri.EscapeDataString(token)}", Encoding.ASCII, "application/x-www-form-urlencoded");
            sent++;
            await CheckAsync(failures, $"POST {url} with a malformed key", () => session.Client.PostAsync(url, oddKey));

            // Bytes that are no UTF-8 at all.
            using var raw = new ByteArrayContent([.. Encoding.ASCII.GetBytes("Title="), 0xFF, 0xFE, 0xC3, .. Encoding.ASCII.GetBytes($"&__RequestVerificationToken={Uri.EscapeDataString(token)}")]);
            raw.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            sent++;
            await CheckAsync(failures, $"POST {url} with invalid UTF-8", () => session.Client.PostAsync(url, raw));
        }

        Assert.True(sent >= 200, $"only {sent} malformed posts sent");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task MalformedApiBodies_Get400Or413_NeverAServerError()
    {
        var routes = AppRoutes.With(app, HttpMethods.Post, HttpMethods.Put).Where(r => r.Url.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        using var client = await app.ApiClientForAsync("teamleider@voorbeeld.nl");
        string[] bodies =
        [
            "", "{", "[]", "null", "\"tekst\"", "{\"title\": 5, \"options\": \"x\"}", "{\"phase\": \"Banana\", \"status\": \"Banana\", \"kind\": \"Banana\"}",
            "{\"title\": \"\\u0000\\u0001\"}", "{\"a\": 1, \"a\": 2, \"title\": \"x\", \"title\": \"y\"}", "{\"termDays\": 1e400, \"version\": -1}",
            "{\"title\": \"" + new string('a', 300_000) + "\"}", string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)),
            "{\"dueDate\": \"2026-02-30\", \"agreements\": [{\"dueDate\": \"gisteren\"}]}", "{\"reason\": \"' OR 1=1; --\"}",
        ];

        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, url) in routes)
        {
            foreach (var body in bodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                sent++;
                await CheckAsync(failures, $"{method} {url} with {Describe(body)}", () => client.SendAsync(request));
            }

            using var raw = new HttpRequestMessage(new HttpMethod(method), url) { Content = new ByteArrayContent([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D]) };
            raw.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            sent++;
            await CheckAsync(failures, $"{method} {url} with invalid UTF-8", () => client.SendAsync(raw));
        }

        Assert.True(sent >= 150, $"only {sent} malformed API requests sent");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task OversizedBodies_Get413WithADutchAnswer_AndWriteNothing()
    {
        var user = await app.CreateUserAsync("GM0000", "Alle-rollen-2026!", [.. Roles.All]);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, "Alle-rollen-2026!");
        using var client = await app.ApiClientForAsync(user.Email!);
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet");
        var before = await DatabaseFingerprint.TakeAsync(app);

        var form = await session.PostWithSessionTokenAsync("/dilemmas/nieuw", [.. DilemmaSteps.HennepFields(areas, ("Situation", new string('a', 2_000_000))), ("Command", "concept")]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, form.StatusCode);
        Assert.Equal("Te veel gegevens", (await WebSession.ParseAsync(form)).QuerySelector("h1")?.TextContent);

        var api = await client.PostAsync("/api/v1/dilemmas", new StringContent($"{{\"title\": \"{new string('a', 2_000_000)}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        // The exchange import takes documents of thousands of dilemmas, so its limit is higher — but not without end.
        var large = await client.PostAsync("/api/v1/exchange", new StringContent($"{{\"x\": \"{new string('a', 2_000_000)}\"", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        using var huge = new ByteArrayContent(new byte[21 * 1024 * 1024]);
        huge.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostAsync("/api/v1/exchange", huge)).StatusCode);

        Assert.Empty(DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)));
    }

    /// <summary>
    /// Sends one request and notes a failure when it ends in a server error (or an exception the test server passes on), or
    /// when it was refused (4xx) and yet wrote something.
    /// </summary>
    private async Task CheckAsync(List<string> failures, string description, Func<Task<HttpResponseMessage>> send)
    {
        var before = await DatabaseFingerprint.TakeAsync(app);
        int status;
        try
        {
            using var response = await send();
            status = (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            status = 500;
        }

        var changed = DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app));
        if (status == StatusCodes.Status403Forbidden)
        {
            changed.Remove("audit_entries");
        }

        if (status >= 500)
        {
            failures.Add($"{description} → {status}");
        }
        else if (status >= 400 && changed.Count > 0)
        {
            failures.Add($"{description} → {status}, en toch gewijzigd: {string.Join(", ", changed)}");
        }
    }

    private static string Describe(string value) => value.Length > 40 ? $"\"{value[..20]}…\" ({value.Length} tekens)" : $"\"{value}\"";
}
