using System.Numerics;
using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Infrastructure.Privacy;

/// <summary>
/// Finds personal data that must not be in an anonymised dilemma (AVG): BSN (elfproef), IBAN (mod-97), e-mail,
/// Dutch phone numbers, postcode with house number, date of birth, a person's name (<see cref="PersonNames"/>) and a
/// street with house number (<see cref="StreetAddresses"/>). Each pattern is narrow and the number kinds are
/// checked arithmetically, so ordinary text (amounts, law articles, years, dates, durations, dilemma numbers,
/// other 9-digit numbers, the government number 14 + area code) passes. Reports kinds only, never the value.
/// </summary>
public static partial class PrivacyGuard
{
    /// <param name="text">What the user typed.</param>
    /// <param name="colleagues">Display names of the gemeente's colleagues: staff, not clients, so they may be named
    /// (as Verantwoordelijke of an afspraak, or "@Anna Bakker" in a reactie).</param>
    public static IReadOnlyList<PersonalDataKind> Scan(string? text, IReadOnlyCollection<string>? colleagues = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var found = new List<PersonalDataKind>();
        if (Bsn().Matches(text).Any(m => IsBsn(Digits(m.Value))))
        {
            found.Add(PersonalDataKind.Bsn);
        }

        if (Iban().Matches(text).Any(m => ContainsIban(m.Value)))
        {
            found.Add(PersonalDataKind.Iban);
        }

        if (Email().IsMatch(text))
        {
            found.Add(PersonalDataKind.Email);
        }

        if (Phone().Matches(text).Any(m => IsDutchPhoneNumber(m.Value)))
        {
            found.Add(PersonalDataKind.PhoneNumber);
        }

        if (PostcodeThenNumber().IsMatch(text) || NumberThenPostcode().IsMatch(text))
        {
            found.Add(PersonalDataKind.PostcodeWithHouseNumber);
        }

        if (DateOfBirth().IsMatch(text))
        {
            found.Add(PersonalDataKind.DateOfBirth);
        }

        var names = PersonNames.Find(text, colleagues);
        if (names.NameWithAge)
        {
            found.Add(PersonalDataKind.NameWithAge);
        }
        else if (names.Name)
        {
            found.Add(PersonalDataKind.PersonName);
        }

        // With a postcode the address is already named; saying "een adres" as well would only repeat it.
        if (!found.Contains(PersonalDataKind.PostcodeWithHouseNumber) && StreetAddresses.Contains(text))
        {
            found.Add(PersonalDataKind.StreetAddress);
        }

        return found;
    }

    public static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Bsn => "een BSN",
        PersonalDataKind.Iban => "een rekeningnummer (IBAN)",
        PersonalDataKind.Email => "een e-mailadres",
        PersonalDataKind.PhoneNumber => "een telefoonnummer",
        PersonalDataKind.PostcodeWithHouseNumber => "een postcode met huisnummer",
        PersonalDataKind.DateOfBirth => "een geboortedatum",
        PersonalDataKind.PersonName => "een naam",
        PersonalDataKind.NameWithAge => "een naam met leeftijd",
        PersonalDataKind.StreetAddress => "een adres",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>"Situatie bevat een BSN. …" — names the field and the kind, never the value.</summary>
    public static string Message(string fieldLabel, IReadOnlyList<PersonalDataKind> kinds) =>
        $"{fieldLabel} bevat {JoinDutch(kinds.Select(Describe).ToList())}. Haal persoonsgegevens weg: een dilemma wordt geanonimiseerd vastgelegd.";

    internal static bool IsBsn(string digits)
    {
        if (digits.Length != 9 || digits.All(c => c == '0'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        return sum % 11 == 0;
    }

    // IBAN lengths per country (ISO 13616 registry), for the countries a Dutch caseworker meets most.
    private static readonly Dictionary<string, int> IbanLengths = new(StringComparer.Ordinal)
    {
        ["NL"] = 18, ["BE"] = 16, ["DE"] = 22, ["FR"] = 27, ["GB"] = 22, ["ES"] = 24, ["IT"] = 27, ["PT"] = 25,
        ["PL"] = 28, ["TR"] = 26, ["MA"] = 28, ["LU"] = 20, ["AT"] = 20, ["CH"] = 21, ["IE"] = 22, ["DK"] = 18,
        ["SE"] = 24, ["NO"] = 15, ["FI"] = 18, ["RO"] = 24, ["BG"] = 22, ["HU"] = 28, ["CZ"] = 24, ["SK"] = 24,
        ["GR"] = 27, ["HR"] = 21, ["SI"] = 19, ["LT"] = 20, ["LV"] = 21, ["EE"] = 20,
    };

    /// <summary>The pattern may run on into the next words ("NL91 ABNA 0417 1643 00 op naam"); cut it at the country's IBAN length.</summary>
    private static bool ContainsIban(string candidate)
    {
        var compact = candidate.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (IbanLengths.TryGetValue(compact[..2], out var length))
        {
            return compact.Length >= length && IsIban(compact[..length]);
        }

        return IsIban(compact);
    }

    internal static bool IsIban(string candidate)
    {
        var iban = candidate.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (iban.Length is < 15 or > 34)
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var numeric = string.Concat(rearranged.Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    internal static bool IsDutchPhoneNumber(string candidate)
    {
        var digits = Digits(candidate);
        string national;
        if (candidate.TrimStart().StartsWith('+'))
        {
            if (!digits.StartsWith("31", StringComparison.Ordinal))
            {
                return false;
            }

            national = digits[2..];
        }
        else if (digits.StartsWith("0031", StringComparison.Ordinal))
        {
            national = digits[4..];
        }
        else if (digits.StartsWith('0'))
        {
            national = digits[1..];
        }
        else
        {
            return false;
        }

        // Nine digits after the trunk prefix, not starting with 0; 0800/090x are service lines, not a person's number.
        return national.Length == 9 && national[0] != '0' && !national.StartsWith("80", StringComparison.Ordinal) && !national.StartsWith("90", StringComparison.Ordinal);
    }

    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit));

    private static string JoinDutch(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " en " + parts[^1];

    // 123456782, 123.456.782, 123 456 782, 123-456-782, 1234.56.782: the ways a BSN is written, nothing looser.
    [GeneratedRegex(@"(?<![\d.,\-/])(?:\d{9}|\d{3}([ .\-])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3})(?![\d]|[.,\-/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Bsn();

    [GeneratedRegex(@"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Iban();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // +31, 0031 or 0, then digits with the usual separators (space, dash, dot, parentheses around the area code).
    [GeneratedRegex(@"(?<![\w+])(?:\+31|0031|0)[\s\-.]?(?:\(0?\)\s?)?\(?\d(?:[\s\-.()]{0,2}\d){7,9}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // 1234 AB 12, 1234AB 12a, 1234 AB, nr. 12 (letters in capitals: "2026 en 12" is a sentence, not an address).
    [GeneratedRegex(@"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b,?\s*(?:nr\.?\s*|huisnummer\s*)?\d{1,5}(?![\d\-,:/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeThenNumber();

    // Dorpsstraat 12, 1234 AB
    [GeneratedRegex(@"\b[A-Za-z][\w'\-]*(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|dreef|steeg|plantsoen|markt)\s+\d{1,5}\s?[a-zA-Z]?\s*,?\s+[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberThenPostcode();

    // "geboren 12-03-1985", "Geboortedatum van de cliënt: 3 maart 1985", "geb.datum 12/03/85", "° 1985-03-12": the
    // keyword, a few words saying whose ("van haar partner", "dochter") and the date in any common format. A year
    // alone, or a date further on in the sentence ("geboren en getogen in Rotterdam, sinds 12-03-2020"), is no birth date.
    [GeneratedRegex(@"(?<![\p{L}])(?:geboren|geb\.?\s*datum|geb\.?|geboortedat(?:um|a)|geboorte\s*datum|d\.?o\.?b\.?|°)"
        + @"(?:[\s:=,]+(?:op|is|was|van|v\.|de|het|zijn|haar|hun|kind|kinderen|dochter|zoon|cli[eë]nte?|partner|ex-partner|moeder|vader|aanvrager|klant|oudste|jongste|mevrouw|meneer|(?:in|te)\s+\p{Lu}[\p{L}\-]+)(?![\p{L}]))*[\s:=,]*(?:op\s+)?"
        + @"(?:\d{1,2}[\-/.]\d{1,2}[\-/.](?:\d{4}|['’]?\d{2})(?!\d)|\d{1,2}[\s\-]+(?:jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[\s\-]+(?:\d{4}|['’]\d{2})|\d{4}[\-/]\d{2}[\-/]\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateOfBirth();
}
