using System.Globalization;

namespace OmgekeerdHandhaven.Web.Infrastructure.Privacy;

/// <summary>
/// Control characters other than tab and line breaks (CR, LF) have no place in what users type. PostgreSQL refuses
/// U+0000 outright (which answered 500), and the rest come from pasted documents or scripts and print as nothing.
/// </summary>
public static class ControlCharacters
{
    public static char? Find(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (IsRefused(c))
            {
                return c;
            }
        }

        return null;
    }

    public static bool IsRefused(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    /// <summary>Removes them, for input that is better cleaned than refused (a search query).</summary>
    public static string Strip(string text) =>
        Find(text) is null ? text : string.Concat(text.Where(c => !IsRefused(c)));

    public static string Message(string fieldLabel, char found) =>
        string.Create(CultureInfo.InvariantCulture, $"{fieldLabel} bevat een onzichtbaar stuurteken (U+{(int)found:X4}). Haal het weg en probeer het opnieuw.");
}
