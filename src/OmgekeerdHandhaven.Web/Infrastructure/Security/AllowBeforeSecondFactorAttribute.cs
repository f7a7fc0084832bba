namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// Marks the few actions (setting up tweestapsverificatie, log out, error pages, toegankelijkheidsverklaring) reachable
/// before a required second factor is set up.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowBeforeSecondFactorAttribute : Attribute;
