using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app in-process against its own PostgreSQL database, migrated and filled with the demo data once.
/// Tests that change accounts create their own users, so tests do not depend on each other's order.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static int _userCounter;

    /// <summary>Starts at the real time and moves a millisecond per reading, so events keep their order; tests jump it further.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public LogCollector Logs { get; } = new();

    public CommandCounter Commands { get; } = new();

    public string ConnectionString { get; private set; } = string.Empty;

    protected virtual string DatabaseName => "oh_integration";

    protected virtual int LoginPermitLimit => 100_000;

    protected virtual int ApiPermitLimit => 100_000;

    /// <summary>The PostgreSQL server the database is made on; the outage test uses one of its own that it can stop.</summary>
    protected virtual string ServerConnectionString => TestDatabase.ServerConnectionString;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.RecreateAsync(DatabaseName, ServerConnectionString);
        await using var scope = Services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public WebSession CreateSession() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A fresh account with a known password and no one-time-password obligation.</summary>
    public Task<ApplicationUser> CreateUserAsync(string municipalityCode, string password, params string[] roles) =>
        CreateUserAsync(municipalityCode, password, secondFactorAsRequired: true, roles);

    /// <summary>As <see cref="CreateUserAsync(string, string, string[])"/>, but never with tweestapsverificatie already on.</summary>
    public Task<ApplicationUser> CreateUserWithoutSecondFactorAsync(string municipalityCode, string password, params string[] roles) =>
        CreateUserAsync(municipalityCode, password, secondFactorAsRequired: false, roles);

    /// <summary>
    /// With <paramref name="secondFactorAsRequired"/>, a role the gemeente asks a second factor of gets it on with the
    /// demo key (as the demo accounts have), so <see cref="WebSession.LoginSuccessfullyAsync"/> signs it in.
    /// </summary>
    private async Task<ApplicationUser> CreateUserAsync(string municipalityCode, string password, bool secondFactorAsRequired, string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var municipality = await db.Municipalities.SingleAsync(m => m.Code == municipalityCode);
        sp.GetRequiredService<TenantContext>().Use(municipality.Id);
        var number = Interlocked.Increment(ref _userCounter);
        var user = new ApplicationUser(municipality.Id, $"test{number}-{Guid.NewGuid():N}@{municipalityCode.ToLowerInvariant()}.nl", $"Testgebruiker {number}");
        user.PasswordChangedByUser();
        var userManager = sp.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await userManager.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        Assert.True((await userManager.AddToRolesAsync(user, roles)).Succeeded);
        if (secondFactorAsRequired && municipality.RequiresSecondFactorOf(roles))
        {
            await userManager.SwitchOnSecondFactorWithKeyAsync(sp.GetRequiredService<IUserStore<ApplicationUser>>(), user, SecondFactorCodes.DemoKey);
        }

        return user;
    }

    /// <summary>An API client with a fresh personal access token of the user with this e-mail address.</summary>
    public async Task<HttpClient> ApiClientForAsync(string email)
    {
        var user = await QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == email));
        var secret = await QueryAsync(async db =>
        {
            var (token, value) = AccessToken.Create(user, "test", DateTimeOffset.UtcNow, null);
            db.AccessTokens.Add(token);
            await db.SaveChangesAsync();
            return value;
        });
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>More settings of a factory of its own (a mail server, say).</summary>
    protected virtual void ConfigureSettings(IWebHostBuilder builder)
    {
    }

    /// <summary>Runs a query against the database outside any request, past the tenant filter.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("RateLimiting:Login:PermitLimit", LoginPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:Api:PermitLimit", ApiPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Its meldingen come on the clock, not from a request: tests that compare the database around a request call it themselves.
        builder.UseSetting("Mail:MorningRun", "false");
        // The same for the daily bewaartermijnen: RetentionTests run them on the test's clock.
        builder.UseSetting("Retention:Enabled", "false");
        builder.UseSetting("DataProtection:CertificatePath", KeyCertificate.FilePath);
        builder.UseSetting("DataProtection:CertificatePassword", KeyCertificate.Password);
        ConfigureSettings(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Commands));
        });
    }
}
