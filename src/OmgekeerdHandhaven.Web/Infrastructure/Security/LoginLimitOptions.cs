using System.ComponentModel.DataAnnotations;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>Login attempts per client address within a sliding window (section "RateLimiting:Login").</summary>
public sealed class LoginLimitOptions
{
    public const string Section = "RateLimiting:Login";

    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 60;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
