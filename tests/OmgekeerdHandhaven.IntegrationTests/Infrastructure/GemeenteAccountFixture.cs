using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmgekeerdHandhaven.TestIdentityProvider;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// A real OpenID Connect provider (tests/OmgekeerdHandhaven.TestIdentityProvider) on a loopback port, registered as
/// the identity provider of two gemeenten of the shared app, each with a client of its own.
/// </summary>
public sealed class GemeenteAccountFixture : IAsyncLifetime
{
    public const string Utrecht = "GM0344";
    public const string Rotterdam = "GM0599";
    public const string HandhaverGroup = "8f1c6a52-handhavers";
    public const string BeslisserGroup = "1d9e0b77-beslissers";
    public const string BeheerderGroup = "c2a4f0e9-beheerders";
    public const string Secret = "geheim-van-de-test-2026";

    /// <summary>The app under test runs in memory at this address; the provider sends people back there.</summary>
    private static readonly Uri App = new("http://localhost");

    public TestIdentityProvider.TestIdentityProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connection = await TestDatabase.RecreateAsync("oh_idp");
        Provider = await TestIdentityProvider.TestIdentityProvider.StartAsync(connection, [Client(Utrecht), Client(Rotterdam)]);
    }

    public async Task DisposeAsync() => await Provider.DisposeAsync();

    public static string ClientId(string code) => "dilemmaregister-" + code.ToLowerInvariant();

    /// <summary>The gemeente exists and uses the provider (idempotent: the shared app outlives one test class).</summary>
    public async Task ConnectAsync(AppFactory app, string code, Action<SignInProvider>? adjust = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Code == code);
        if (municipality is null)
        {
            municipality = new Municipality("Gemeente " + code, code);
            db.Municipalities.Add(municipality);
        }

        var provider = await db.SignInProviders.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.MunicipalityId == municipality.Id);
        if (provider is null)
        {
            provider = new SignInProvider(municipality.Id);
            db.SignInProviders.Add(provider);
        }

        provider.Configure(Provider.Authority.ToString(), ClientId(code), scope.ServiceProvider.GetRequiredService<ClientSecrets>().Protect(Secret), "groups",
            new Dictionary<string, string[]>
            {
                [Roles.Handhaver] = [HandhaverGroup],
                [Roles.Beslisser] = [BeslisserGroup],
                [Roles.Beheerder] = [BeheerderGroup],
            },
            [code.ToLowerInvariant() + ".example"], createsUsers: true, localPasswordsAllowed: true, breakGlassUserId: null);
        adjust?.Invoke(provider);
        await db.SaveChangesAsync();
    }

    /// <summary>A person at the provider with a unique name, in the given groups.</summary>
    public IdpUser NewPerson(string gemeenteCode, IdpFault fault = IdpFault.None, params string[] groups) =>
        PersonWithAddress($"medewerker-{Guid.NewGuid().ToString("N")[..10]}@{gemeenteCode.ToLowerInvariant()}.example", groups, fault);

    /// <summary>A person at the provider with this address, in the given groups.</summary>
    public IdpUser PersonWithAddress(string email, string[] groups, IdpFault fault = IdpFault.None, bool secondFactor = true)
    {
        var name = email[..email.IndexOf('@', StringComparison.Ordinal)];
        var person = new IdpUser(name, "Wachtwoord-bij-de-gemeente-1", Guid.NewGuid().ToString(), email, "Medewerker " + name[^4..], groups, fault, secondFactor);
        Provider.Directory.Put(person);
        return person;
    }

    /// <summary>
    /// The browser's part of the code flow: the app's button, the provider's login page, and every redirect between the
    /// two followed as a browser would, each with its own cookies. Returns the app's last answer.
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(WebSession app, string code, IdpUser person, Func<Uri, Uri>? tamperCallback = null)
    {
        using var idp = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Provider.Authority };
        var response = await app.SubmitAsync($"/g/{code}", $"/g/{code}/gemeente-account");
        var at = App; // a relative Location is relative to whoever answered
        for (var hops = 0; hops < 12 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found; hops++)
        {
            var location = new Uri(at, response.Headers.Location!);
            at = new Uri(location.GetLeftPart(UriPartial.Authority));
            if (location.Authority == Provider.Authority.Authority)
            {
                response = await idp.GetAsync(location);
                if (response.StatusCode == HttpStatusCode.OK && location.AbsolutePath == "/aanmelden")
                {
                    var page = await WebSession.ParseAsync(response);
                    var returnUrl = page.QuerySelector<IHtmlInputElement>("input[name=ReturnUrl]")!.Value;
                    response = await idp.PostAsync("/aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["UserName"] = person.UserName, ["Password"] = person.Password, ["ReturnUrl"] = returnUrl,
                    }));
                }
            }
            else
            {
                if (tamperCallback is not null && location.AbsolutePath.StartsWith("/signin-oidc/", StringComparison.Ordinal))
                {
                    location = tamperCallback(location);
                }

                response = await app.Client.GetAsync(location.PathAndQuery);
                if (location.AbsolutePath is "/" or "/inloggen")
                {
                    return response;
                }
            }
        }

        return response;
    }

    private static IdpClient Client(string code) =>
        new(ClientId(code), Secret, new Uri(App, GemeenteAccount.CallbackPath(code)), new Uri(App, GemeenteAccount.SignedOutCallbackPath(code)));
}
