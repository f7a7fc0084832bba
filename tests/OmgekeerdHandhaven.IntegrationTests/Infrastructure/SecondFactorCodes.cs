using OmgekeerdHandhaven.Web.Infrastructure.Seeding;
using OtpNet;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>Codes as an authenticator app computes them (Otp.NET), for a key shown on the page or the demo key.</summary>
public static class SecondFactorCodes
{
    /// <summary>The demo beheerders' and beslissers' key, which test accounts with those roles get as well.</summary>
    public const string DemoKey = DemoOptions.DefaultAuthenticatorKey;

    public static string Code(string key) => new Totp(Base32Encoding.ToBytes(key.ToUpperInvariant())).ComputeTotp(DateTime.UtcNow);

    /// <summary>A code no time window around now produces.</summary>
    public static string WrongCode(string key)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key.ToUpperInvariant()));
        var taken = Enumerable.Range(-3, 7).Select(step => totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !taken.Contains(c));
    }
}
