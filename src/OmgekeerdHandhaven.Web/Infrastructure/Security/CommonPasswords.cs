using System.Collections.Frozen;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// The 10 000 most common passwords (zxcvbn-ts "common" list, MIT, see common-passwords.LICENSE.txt),
/// shipped inside the assembly so the check never depends on a network or a file next to the binary.
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<FrozenSet<string>> Set = new(Load);

    public static int Count => Set.Value.Count;

    public static bool Contains(string password) => Set.Value.Contains(password.Trim());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded common password list is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(10_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        // Case-insensitive: "Password123" is as guessable as "password123".
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
