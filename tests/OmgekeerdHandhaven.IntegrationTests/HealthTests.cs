using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class HealthTests(AppFactory app)
{
    [Fact]
    public async Task Live_And_Ready_AreHealthyWithAMigratedDatabase()
    {
        using var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_Fails_WhenTheDatabaseIsNotMigrated_WhileLiveStaysHealthy()
    {
        var connectionString = await TestDatabase.RecreateAsync("oh_integration_unmigrated");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
        });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Ready_Fails_WhenTheDatabaseIsUnreachable_WhileLiveStaysHealthy()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", "Host=127.0.0.1;Port=1;Database=nergens;Username=postgres;Timeout=2");
        });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        // A page that needs the database tells the user in Dutch, without technical details.
        var page = await client.GetAsync("/inloggen");
        var body = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Tijdelijk niet beschikbaar", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", body, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A wrong setting stops the start with a message naming it, instead of failing the first request that reads it.</summary>
    [Theory]
    [InlineData("Search:BroadSearch", "0", "BroadSearch")]
    [InlineData("ReverseProxy:KnownProxies:0", "loadbalancer", "KnownProxies")]
    [InlineData("BookletExports:MaxAttempts", "0", "MaxAttempts")]
    public void Start_IsRefused_WhenASettingIsWrong(string key, string value, string named)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", "Host=127.0.0.1;Port=1;Database=nergens;Username=postgres;Timeout=2");
            builder.UseSetting(key, value);
        });

        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }
}
