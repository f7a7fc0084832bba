using Microsoft.AspNetCore.DataProtection;

namespace OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

/// <summary>A provider's client secret at rest: encrypted with the app's data protection keys (kept in the database).</summary>
public sealed class ClientSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("OmgekeerdHandhaven.SignInProvider.ClientSecret");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
