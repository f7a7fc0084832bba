using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>A self-signed certificate in a PKCS#12 file, made once per test run, that encrypts the test apps' data-protection keys.</summary>
public static class KeyCertificate
{
    public const string Password = "sleutels-test";

    private static readonly Lazy<string> File = new(() =>
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Dilemmaregister test sleutels", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"oh-dataprotection-{Environment.ProcessId}.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    });

    public static string FilePath => File.Value;
}
