using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// Tekst verwijderen (AVG art. 16/17): a passage that slipped in is replaced, wherever it stands, by a marker that says
/// it was removed and when ("[verwijderd door de beheerder op 4 december 2026]"). Case and the kind of white space do
/// not matter (a passage copied from the page may have lost a line break). Counts per place, so the Beheerder sees
/// before confirming where it stands — never the text around it.
/// </summary>
public sealed class Redaction
{
    public const int PassageMinLength = 3;
    public const int PassageMaxLength = 2_000;

    private readonly Regex pattern;
    private readonly Regex htmlPattern;
    private readonly Dictionary<string, int> found = new(StringComparer.Ordinal);

    public Redaction(string passage, string marker)
    {
        passage = passage.Trim();
        if (passage.Length < PassageMinLength)
        {
            throw new DomainException($"Geef minstens {PassageMinLength} tekens op om te verwijderen.");
        }

        Marker = marker;
        pattern = Pattern(passage);
        htmlPattern = Pattern(HtmlEncoder.Default.Encode(passage));
    }

    public string Marker { get; }

    /// <summary>Place (Dutch label) → how often the passage was found there, in the order first met.</summary>
    public IReadOnlyDictionary<string, int> Found => found;

    public int Total => found.Values.Sum();

    /// <param name="text">The text as stored.</param>
    /// <param name="place">Where it stands, in Dutch ("Titel", "Reacties").</param>
    /// <param name="maxLength">The column's length: in a short field (a title) the long marker may not fit, then the
    /// short one stands there, and failing that the text is cut.</param>
    public string Apply(string text, string place, int maxLength = int.MaxValue)
    {
        var count = 0;
        var result = pattern.Replace(text, _ =>
        {
            count++;
            return Marker;
        });
        if (count == 0)
        {
            return text;
        }

        found[place] = found.GetValueOrDefault(place) + count;
        if (result.Length > maxLength)
        {
            result = pattern.Replace(text, ShortMarker);
        }

        return result.Length > maxLength ? result[..(maxLength - 1)] + "…" : result;
    }

    public string? ApplyOptional(string? text, string place, int maxLength = int.MaxValue) => text is null ? null : Apply(text, place, maxLength);

    public const string ShortMarker = "[verwijderd]";

    /// <summary>For a mail's HTML part, where the passage stands encoded as the mails encode it (HtmlEncoder.Default).</summary>
    public string ApplyToHtml(string html, string place)
    {
        var before = found.GetValueOrDefault(place);
        var result = htmlPattern.Replace(Apply(html, place), _ =>
        {
            found[place] = found.GetValueOrDefault(place) + 1;
            return HtmlEncoder.Default.Encode(Marker);
        });

        // One mail counts once however often its parts hold the passage.
        if (found.GetValueOrDefault(place) > before)
        {
            found[place] = before + 1;
        }

        return result;
    }

    /// <summary>Whole words only: removing "Ali" leaves "alimentatie" alone.</summary>
    private static Regex Pattern(string passage)
    {
        var words = passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var start = char.IsLetterOrDigit(passage[0]) ? @"(?<![\p{L}\p{N}])" : string.Empty;
        var end = char.IsLetterOrDigit(passage[^1]) ? @"(?![\p{L}\p{N}])" : string.Empty;
        return new Regex(start + string.Join(@"\s+", words) + end, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
    }
}
