namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>One app and one Chromium for all browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
