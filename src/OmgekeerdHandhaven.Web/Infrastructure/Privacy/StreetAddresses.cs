using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Infrastructure.Privacy;

/// <summary>
/// A street with a house number, also without a postcode: "Dorpsstraat 14", "Julianaplein 7-II", "Van Goghstraat
/// 103-1". The street name is capitalised and holds more than the street word ("de snelweg 2 uur", "Straat 5" pass),
/// and a number that counts something ("Gerechtshof 3 weken", "Kerkstraat 12 woningen") is no house number.
/// </summary>
internal static partial class StreetAddresses
{
    public const string Pattern =
        @"\p{Lu}[\p{L}\p{M}'’\-]*?(?:straat|laan|weg|plein|gracht|kade|singel|hof|pad|dreef|steeg|plantsoen|markt|dijk|wal|haven|boulevard|park|hoven|kanaal|veld|kamp|hoeve|erf)"
        + @"\s+\d{1,5}(?![\d]|[.,:]\d)"
        + NotCounting;

    // A number that counts or dates something is no house number: "Gerechtshof 12 maart", "Kerkstraat 2 kwekerijen".
    private const string NotCounting =
        @"(?!\s*(?:(?:uur|u|jaar|jr|weken|week|dagen|dag|maanden|maand|keer|km|kilometer|meter|m|minuten|min|procent|euro|personen|kinderen|"
        + @"gezinnen|woningen|huizen|panden|kwekerijen|planten|jongeren|mensen|huishoudens|meldingen|dilemma's|dilemma|januari|februari|maart|april|mei|juni|juli|"
        + @"augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b|%|€))";

    // "Laan van Meerdervoort 221", "Weg naar Laren 4": the street word first, then the name.
    public const string StreetWordFirst =
        @"(?:Laan|Weg|Plein|Kade|Singel|Dijk|Straatweg|Hof)\s+(?:(?:van|der|de|den|het|op|naar|ten|ter|tot)\s+){1,3}\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*)?"
        + @"\s+\d{1,5}(?![\d]|[.,:]\d)" + NotCounting;

    public static bool Contains(string text) => Street().IsMatch(text) || StreetNameAfterWord().IsMatch(text);

    [GeneratedRegex($@"(?<![\p{{L}}\-]){Pattern}", RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    [GeneratedRegex($@"(?<![\p{{L}}\-]){StreetWordFirst}", RegexOptions.CultureInvariant)]
    private static partial Regex StreetNameAfterWord();
}
