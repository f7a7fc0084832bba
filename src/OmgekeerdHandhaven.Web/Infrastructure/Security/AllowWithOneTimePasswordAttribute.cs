namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>Marks the few actions (change password, log out, error pages) reachable before a one-time password is replaced.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithOneTimePasswordAttribute : Attribute;
