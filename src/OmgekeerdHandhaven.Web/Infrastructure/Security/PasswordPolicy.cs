namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// NIST SP 800-63B style: long passwords, no composition rules, refuse known-common ones.
/// Hashing is PBKDF2-HMAC-SHA512 with OWASP's recommended iteration count.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    public const int MaximumLength = 256;

    public const int Pbkdf2Iterations = 210_000;

    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
