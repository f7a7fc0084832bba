using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// One user's browser, over real HTTP requests: keeps cookies, does not follow redirects (tests assert them),
/// and posts forms the way a browser does, with the antiforgery token from the rendered page.
/// </summary>
public sealed class WebSession(HttpClient client) : IDisposable
{
    public const string DemoPassword = OmgekeerdHandhaven.Web.Infrastructure.Seeding.DemoOptions.DefaultPassword;

    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public HttpClient Client => client;

    public async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var document = await Parser.OpenAsync(request => request.Content(html));
        return (response, document);
    }

    /// <summary>Opens <paramref name="pageUrl"/>, takes the form that posts to <paramref name="action"/> and submits it with <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string action, params (string Name, string Value)[] fields)
    {
        var (response, document) = await GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The posting form: a page may also have a search form (GET) with the same action.
        var form = document.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action") == action && string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}.");
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException($"The form posting to {action} carries no antiforgery token.");

        // Like a browser: the form's hidden fields (such as Version) go along unless the test sets them itself.
        var given = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var hidden = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => i.Name is { Length: > 0 } name && name != "__RequestVerificationToken" && !given.Contains(name))
            .Select(i => (i.Name!, i.Value));
        return await PostAsync(action, [.. hidden, .. fields, ("__RequestVerificationToken", token)]);
    }

    /// <summary>
    /// Posts to <paramref name="url"/> with a valid antiforgery token of this session taken from the home page, the way an
    /// attacker with an account would: for actions whose own form the user is never shown.
    /// </summary>
    public async Task<HttpResponseMessage> PostWithSessionTokenAsync(string url, params (string Name, string Value)[] fields) =>
        await PostAsync(url, [.. fields, ("__RequestVerificationToken", await SessionTokenAsync())]);

    /// <summary>This session's antiforgery token (one for every form of the session), from the home page.</summary>
    public async Task<string> SessionTokenAsync()
    {
        var (response, document) = await GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException("The home page carries no antiforgery token.");
    }

    public Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    public Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        SubmitAsync("/inloggen", "/inloggen", ("Email", email), ("Password", password));

    /// <summary>Signed in and at Mijn werk; beheerders and beslissers (demo or test accounts) type the demo key's code.</summary>
    public async Task LoginSuccessfullyAsync(string email, string password = DemoPassword)
    {
        var response = await LoginAsync(email, password);
        if (response.Headers.Location?.OriginalString == "/inloggen/tweestaps")
        {
            response = await SubmitAsync("/inloggen/tweestaps", "/inloggen/tweestaps", ("Code", SecondFactorCodes.Code(SecondFactorCodes.DemoKey)));
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    /// <summary>Mijn profiel › Tweestapsverificatie: the key shown, the app's code typed back; the herstelcodes shown once.</summary>
    public async Task<(string Key, IReadOnlyList<string> Codes)> SwitchOnSecondFactorAsync()
    {
        var (_, page) = await GetAsync("/profiel/tweestapsverificatie");
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("img.oh-qr")?.GetAttribute("src"), StringComparison.Ordinal);
        var key = page.QuerySelector("[data-testid=sleutel]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        var enabled = await SubmitAsync("/profiel/tweestapsverificatie", "/profiel/tweestapsverificatie", ("Code", SecondFactorCodes.Code(key)));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = (await ParseAsync(enabled)).QuerySelectorAll("[data-testid=herstelcodes] code").Select(c => c.TextContent).ToList();
        return (key, codes);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.OpenAsync(request => request.Content(response.Content.ReadAsStream()));

    public void Dispose() => client.Dispose();
}
