using System.Security.Cryptography;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>A random first password that is read aloud or copied once; the user must replace it at first login.</summary>
public static class OneTimePassword
{
    // No 0/O, 1/l/I: the password is often read from a screen and typed by hand.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate()
    {
        var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5));
        return string.Join('-', groups);
    }
}
