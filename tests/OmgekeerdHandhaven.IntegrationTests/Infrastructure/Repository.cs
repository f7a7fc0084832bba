namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>The checkout the tests run from, for the scripts they call (run.sh, scripts/).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OmgekeerdHandhaven.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("De map met OmgekeerdHandhaven.sln is niet gevonden.");
    }
}
