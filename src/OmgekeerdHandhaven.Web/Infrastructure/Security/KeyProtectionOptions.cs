namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// Section "DataProtection": the certificate (PKCS#12 file) that encrypts the data-protection keys where they are
/// stored (the database), so a copy of the database or a backup does not give away the keys that sign session cookies
/// and afmeldlinks. ./run.sh makes one for a local install; production points at the gemeente's own. Every instance
/// needs the same certificate. A previous certificate still decrypts the keys it protected, for a change-over.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public string? PreviousCertificatePath { get; set; }

    public string? PreviousCertificatePassword { get; set; }
}
