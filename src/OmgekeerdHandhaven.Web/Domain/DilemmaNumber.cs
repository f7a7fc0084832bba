using System.Globalization;
using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>Number per gemeente and year, shown and used in URLs as "2026-0042".</summary>
public readonly partial record struct DilemmaNumber(int Year, int Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Sequence:D4}");

    public static bool TryParse(string? text, out DilemmaNumber number)
    {
        number = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        number = new DilemmaNumber(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return number.Sequence > 0;
    }

    [GeneratedRegex("^([0-9]{4})-([0-9]{4,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
