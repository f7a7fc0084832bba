namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// An app of its own, whose clock a test may move by hours: the shared app's clock also decides "today" and the
/// session checks of every other test in its collection.
/// </summary>
public sealed class SessionLifetimeApp : AppFactory
{
    protected override string DatabaseName => "oh_integration_sessions";
}
