using System.Net;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests.MultiInstance;

/// <summary>Two app processes on one database and nginx in front, started once for the tests below.</summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public string A { get; private set; } = string.Empty;

    public string B { get; private set; } = string.Empty;

    public string Proxy { get; private set; } = string.Empty;

    public const int LoginBudget = 5;

    private readonly List<ExternalProcess> _processes = [];
    private readonly string _work = Directory.CreateTempSubdirectory("oh-nginx-").FullName;

    public async Task InitializeAsync()
    {
        var connection = await TestDatabase.RecreateAsync("oh_two_instances");
        var web = Path.Combine(Repository.Root, "src", "OmgekeerdHandhaven.Web");
        // The build the tests run on (./test.sh builds the solution once), started the way production starts it.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "OmgekeerdHandhaven.Web.dll");
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = connection,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["RateLimiting__Login__PermitLimit"] = LoginBudget.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var command in new[] { "migrate", "seed-demo" })
        {
            await using var setup = ExternalProcess.Start("dotnet", web, environment, dll, command);
            await setup.ExpectSuccessAsync(TimeSpan.FromMinutes(2));
        }

        var ports = new[] { ExternalProcess.FreePort(), ExternalProcess.FreePort(), ExternalProcess.FreePort() };
        (A, B, Proxy) = ($"http://127.0.0.1:{ports[0]}", $"http://127.0.0.1:{ports[1]}", $"http://127.0.0.1:{ports[2]}");
        foreach (var url in new[] { A, B })
        {
            var instance = ExternalProcess.Start("dotnet", web, environment, dll, "--urls", url);
            _processes.Add(instance);
            await instance.WaitUntilHealthyAsync($"{url}/health/ready", TimeSpan.FromSeconds(60));
        }

        var config = Path.Combine(_work, "nginx.conf");
        await File.WriteAllTextAsync(config, NginxConfig(_work, ports[0], ports[1], ports[2]));
        var nginx = ExternalProcess.Start(Nginx(), _work, new Dictionary<string, string>(), "-p", _work, "-e", Path.Combine(_work, "error.log"), "-c", config);
        _processes.Add(nginx);
        await nginx.WaitUntilHealthyAsync($"{Proxy}/health/ready", TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        Directory.Delete(_work, recursive: true);
    }

    private static string Nginx() =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx ontbreekt; ./test.sh installeert het (Debian-pakket nginx-light of nginx).");

    private static string NginxConfig(string work, int a, int b, int proxy) => $$"""
        daemon off;
        worker_processes 1;
        pid {{work}}/nginx.pid;
        error_log {{work}}/error.log warn;
        events { worker_connections 64; }
        http {
          access_log off;
          client_body_temp_path {{work}}/body;
          proxy_temp_path {{work}}/proxy;
          fastcgi_temp_path {{work}}/fastcgi;
          uwsgi_temp_path {{work}}/uwsgi;
          scgi_temp_path {{work}}/scgi;
          upstream dilemmaregister {
            server 127.0.0.1:{{a}};
            server 127.0.0.1:{{b}};
          }
          server {
            listen 127.0.0.1:{{proxy}};
            location / {
              proxy_pass http://dilemmaregister;
              proxy_set_header Host $host;
              proxy_set_header X-Forwarded-For $http_x_test_client;
              proxy_set_header X-Forwarded-Proto $scheme;
              add_header X-Instantie $upstream_addr always;
            }
          }
        }
        """;
}

/// <summary>
/// Two instances of the app as separate processes on one database, with nginx (Debian) in front on loopback: a session
/// started on one instance continues on the other (DataProtection keys live in PostgreSQL), form tokens from one are
/// accepted by the other, each sees the other's writes at once, and the login budget is one for both (no state kept in
/// memory).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class TwoInstancesBehindNginxTests(TwoInstancesFixture servers) : IClassFixture<TwoInstancesFixture>
{
    private const int LoginBudget = TwoInstancesFixture.LoginBudget;
    private readonly string _a = servers.A;
    private readonly string _b = servers.B;
    private readonly string _proxy = servers.Proxy;

    [Fact]
    public async Task ASessionStartedOnOneInstance_ContinuesOnTheOther_AndWritesAreSeenAtOnce()
    {
        var cookies = new CookieContainer();
        using var onA = Session(_a, cookies);
        using var onB = Session(_b, cookies);
        await onA.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");

        // Signed in on A, still signed in on B — with the same cookie.
        var (home, page) = await onB.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Sanne de Vries", page.Body?.TextContent, StringComparison.Ordinal);

        // A form opened on A and sent to B: B accepts A's token and saves; A shows the new dilemma at once.
        var (_, form) = await onA.GetAsync("/dilemmas/nieuw");
        var token = form.QuerySelector("form[action='/dilemmas/nieuw'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var areas = form.QuerySelectorAll("input[name=PolicyAreaIds]").Take(1).Select(i => ("PolicyAreaIds", i.GetAttribute("value")!));
        const string title = "Hennep op zolder, jeugdhulp net gestart";
        var saved = await onB.PostAsync("/dilemmas/nieuw", [.. DilemmaSteps.HennepFields([], ("Title", title)), .. areas, ("Command", "indienen"), ("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        var (shown, dilemma) = await onA.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains(title, dilemma.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);

        // Through nginx, round robin: one colleague's requests land on both instances, all answered, the comment seen by both.
        var viaProxy = new CookieContainer();
        using var consulent = Session(_proxy, viaProxy);
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var served = new HashSet<string>();
        for (var i = 0; i < 6; i++)
        {
            var (response, _) = await consulent.GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            served.Add(response.Headers.GetValues("X-Instantie").Single());
        }

        Assert.Equal(2, served.Count);
        const string question = "Weet de jeugdhulpverlener van de hennep?";
        var comment = await consulent.SubmitAsync(location, $"{location}/reacties", ("Body", question), ("Kind", "Question"));
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        foreach (var direct in new[] { onA, onB })
        {
            var (_, withComment) = await direct.GetAsync(location);
            Assert.Contains(question, withComment.QuerySelector("#reacties")?.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheLoginBudget_IsSharedByBothInstances_AndKeptPerClientBehindTheProxy()
    {
        // Round robin sends the attempts of one client to both instances in turn; the budget still counts them all.
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= LoginBudget; attempt++)
        {
            answers.Add(await FailedLoginAsync("10.0.0.1"));
        }

        Assert.All(answers.Take(LoginBudget), status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        // Another client behind the same proxy has a budget of its own.
        Assert.Equal(HttpStatusCode.BadRequest, await FailedLoginAsync("10.0.0.2"));
    }

    /// <summary>
    /// A wrong password sent through nginx as the client <paramref name="address"/>: on loopback every client looks like
    /// 127.0.0.1, so the test's nginx passes the X-Test-Client header on as X-Forwarded-For, as a load balancer in front of
    /// many colleagues would.
    /// </summary>
    private async Task<HttpStatusCode> FailedLoginAsync(string address)
    {
        using var session = Session(_proxy, new CookieContainer());
        session.Client.DefaultRequestHeaders.Add("X-Test-Client", address);
        using var response = await session.LoginAsync("niemand@voorbeeld.nl", "een verkeerd wachtwoord");
        return response.StatusCode;
    }

    private static WebSession Session(string baseAddress, CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseAddress) });
}
