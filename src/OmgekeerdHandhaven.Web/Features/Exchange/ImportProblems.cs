using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation.Results;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Exchange;

/// <summary>
/// An import's errors as a beheerder reads them: "Dilemma 4 (‘Bijbaan niet opgegeven…’), optie 2: Omschrijving ontbreekt."
/// instead of the path "dilemmas[3].options[1].description" (which the API keeps, as a field name for programs).
/// </summary>
public static partial class ImportProblems
{
    private const int TitleLength = 40;

    public static List<string> Describe(ExchangeDocument document, IEnumerable<ValidationFailure> failures) =>
        [.. failures.Select(f => Describe(document, f)).Distinct(StringComparer.Ordinal)];

    public static string Describe(ExchangeDocument document, ValidationFailure failure)
    {
        var match = ItemPath().Match(failure.PropertyName);
        if (!match.Success)
        {
            return failure.ErrorMessage;
        }

        var index = int.Parse(match.Groups["item"].Value, CultureInfo.InvariantCulture);
        var title = document.Dilemmas is { } items && index < items.Count ? items[index]?.Title?.Trim() : null;
        // A title the guard refused is not repeated: it may hold the very BSN, or a control character for a terminal.
        var shown = string.IsNullOrEmpty(title) ? " (zonder titel)"
            : PrivacyGuard.Scan(title).Count > 0 || ControlCharacters.Find(title) is not null ? " (titel niet getoond)"
            : $" (‘{Shorten(title)}’)";
        var where = new List<string> { string.Create(CultureInfo.InvariantCulture, $"Dilemma {index + 1}") + shown };
        if (match.Groups["option"].Success)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"optie {int.Parse(match.Groups["option"].Value, CultureInfo.InvariantCulture) + 1}"));
        }

        if (match.Groups["agreement"].Success)
        {
            where.Add(string.Create(CultureInfo.InvariantCulture, $"afspraak {int.Parse(match.Groups["agreement"].Value, CultureInfo.InvariantCulture) + 1}"));
        }

        return $"{string.Join(", ", where)}: {failure.ErrorMessage}";
    }

    /// <summary>At most 40 characters, cut after a whole word.</summary>
    private static string Shorten(string title)
    {
        if (title.Length <= TitleLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', TitleLength);
        return title[..(cut > TitleLength / 2 ? cut : TitleLength)].TrimEnd() + "…";
    }

    [GeneratedRegex(@"^Dilemmas\[(?<item>\d+)\](\.Options\[(?<option>\d+)\])?(\.Decision(\.Agreements\[(?<agreement>\d+)\])?)?", RegexOptions.IgnoreCase)]
    private static partial Regex ItemPath();
}
