using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OmgekeerdHandhaven.TestIdentityProvider;

/// <summary>
/// An OpenID Connect provider on a loopback port: authorization code flow with PKCE required, a login page people
/// type a user name and password into, ID tokens with the user's groups, and RP-initiated logout. Clients and their
/// secrets live in PostgreSQL through OpenIddict's own EF Core stores (a database of its own).
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string GroupsClaim = "groups";

    private const string CookieScheme = "idp";

    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, IdpDirectory directory)
    {
        _app = app;
        Directory = directory;
    }

    /// <summary>The issuer, ending in a slash, as a gemeente would type it into Beheer › Inloggen (known once started).</summary>
    public Uri Authority => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");

    public IdpDirectory Directory { get; }

    /// <summary>How many times someone was signed out here through the app (RP-initiated logout).</summary>
    public int SignOuts => _signOuts;

    private int _signOuts;

    public static async Task<TestIdentityProvider> StartAsync(string connectionString, IReadOnlyList<IdpClient> clients, IdpDirectory? directory = null)
    {
        directory ??= new IdpDirectory();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(directory);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<IdpDbContext>(o => o.UseNpgsql(connectionString).UseOpenIddict());
        builder.Services.AddAuthentication(CookieScheme).AddCookie(CookieScheme, o =>
        {
            o.LoginPath = "/aanmelden";
            o.Cookie.Name = "idp.sessie";
        });
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdpDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.AddEventHandler(IdTokenFaults.Descriptor);
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement(); // loopback HTTP, tests only
            });

        var app = builder.Build();
        app.UseAuthentication();
        var provider = new TestIdentityProvider(app, directory);
        app.MapGet("/aanmelden", (HttpContext http) => LoginPage(http.Request.Query["ReturnUrl"].ToString(), failed: false));
        app.MapPost("/aanmelden", (Delegate)provider.SignInAsync).DisableAntiforgery();
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync);
        app.MapMethods("/connect/endsession", ["GET", "POST"], (Delegate)provider.EndSessionAsync);

        await app.StartAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdpDbContext>().Database.EnsureCreatedAsync();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            foreach (var client in clients)
            {
                await applications.CreateAsync(new OpenIddictApplicationDescriptor
                {
                    ClientId = client.ClientId,
                    ClientSecret = client.ClientSecret,
                    ClientType = ClientTypes.Confidential,
                    RedirectUris = { client.RedirectUri },
                    PostLogoutRedirectUris = { client.PostLogoutRedirectUri },
                    Permissions =
                    {
                        Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                        Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                        Permissions.Scopes.Email, Permissions.Scopes.Profile,
                    },
                    Requirements = { Requirements.Features.ProofKeyForCodeExchange },
                });
            }
        }

        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> SignInAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var returnUrl = form["ReturnUrl"].ToString();
        var user = Directory.Find(form["UserName"].ToString());
        if (user is null || user.Password != form["Password"].ToString() || !returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal))
        {
            return LoginPage(returnUrl, failed: true);
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName)], CookieScheme);
        await http.SignInAsync(CookieScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl);
    }

    /// <summary>Signed in here: a code for the app with who the user is now (a user since removed is refused).</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext http, IdpDirectory directory)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var signedIn = await http.AuthenticateAsync(CookieScheme);
        if (!signedIn.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + http.Request.QueryString }, [CookieScheme]);
        }

        var user = directory.Find(signedIn.Principal!.Identity!.Name!);
        if (user is null)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Subject)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.Name)
            .SetClaims(GroupsClaim, [.. user.Groups])
            .SetClaims(Claims.AuthenticationMethodReference, user.SecondFactor ? ["pwd", "mfa"] : ["pwd"]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<IResult> EndSessionAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieScheme);
        Interlocked.Increment(ref _signOuts);
        // OpenIddict sends the user on to the post_logout_redirect_uri when it is registered for the client.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult LoginPage(string returnUrl, bool failed)
    {
        var encoder = HtmlEncoder.Default;
        var error = failed ? "<p role=\"alert\" id=\"fout\">Gebruikersnaam of wachtwoord klopt niet.</p>" : string.Empty;
        var html = $"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>Aanmelden bij de gemeente</title></head>
            <body><main><h1>Aanmelden bij de gemeente</h1>{error}
            <form method="post" action="/aanmelden">
            <input type="hidden" name="ReturnUrl" value="{encoder.Encode(returnUrl)}">
            <p><label for="UserName">Gebruikersnaam</label> <input id="UserName" name="UserName" autocomplete="username"></p>
            <p><label for="Password">Wachtwoord</label> <input id="Password" name="Password" type="password" autocomplete="current-password"></p>
            <p><button type="submit">Aanmelden</button></p>
            </form></main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: failed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}

/// <summary>OpenIddict's applications, authorizations, scopes and tokens.</summary>
public sealed class IdpDbContext(DbContextOptions<IdpDbContext> options) : DbContext(options);
