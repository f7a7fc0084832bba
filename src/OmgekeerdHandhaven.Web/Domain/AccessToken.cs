using System.Security.Cryptography;
using System.Text;

namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A personal access token for the API. It acts as its user (same gemeente, same roles). Only a SHA-256 hash is
/// stored; the token itself is shown once, when it is made.
/// </summary>
public sealed class AccessToken : ITenantOwned
{
    public const string Prefix = "ohp_";
    public const int NameMaxLength = 100;

    private AccessToken()
    {
        Name = Hash = Hint = string.Empty;
    }

    private AccessToken(Guid municipalityId, Guid userId, string name, string hash, string hint, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        UserId = userId;
        Name = name.Trim();
        Hash = hash;
        Hint = hint;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Hex SHA-256 of the token: enough to recognise it, useless to someone who reads the database.</summary>
    public string Hash { get; private set; }

    /// <summary>The first characters, so the owner can tell tokens apart in the list.</summary>
    public string Hint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Makes a token for a user; returns the entity and the secret to show once. A known secret is for demo data only.</summary>
    public static (AccessToken Token, string Secret) Create(ApplicationUser user, string name, DateTimeOffset now, DateTimeOffset? expiresAt, string? knownSecret = null)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength)
        {
            throw new DomainException($"Geef het token een naam van hoogstens {NameMaxLength} tekens.");
        }

        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new DomainException("De vervaldatum moet in de toekomst liggen.");
        }

        var secret = knownSecret ?? Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new AccessToken(user.MunicipalityId, user.Id, name, HashOf(secret), secret[..(Prefix.Length + 4)], now, expiresAt), secret);
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
