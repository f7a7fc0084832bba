namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>All tests share one app and database and run one after another (one PostgreSQL, two cores).</summary>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<AppFactory>
{
    public const string Name = "App";
}
