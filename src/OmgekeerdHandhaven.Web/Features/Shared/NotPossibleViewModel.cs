using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Features.Shared;

/// <summary>The "Niet mogelijk" page: why, and the way back to what the user was working on.</summary>
public sealed partial record NotPossibleViewModel(string Reason, string BackUrl, string BackLabel)
{
    /// <summary>Back to the dilemma, casusboekje or werkoverleg the refused action was about; else to Mijn werk.</summary>
    public static NotPossibleViewModel For(string reason, string? path)
    {
        var match = AboutPattern().Match(path ?? string.Empty);
        return match.Success
            ? new(reason, $"/{match.Groups["kind"].Value}/{match.Groups["id"].Value}", match.Groups["kind"].Value switch
            {
                "dilemmas" => "Terug naar het dilemma",
                "casusboekjes" => "Terug naar het casusboekje",
                _ => "Terug naar het werkoverleg",
            })
            : new(reason, "/", "Naar Mijn werk");
    }

    [GeneratedRegex("^/(?<kind>dilemmas|casusboekjes|werkoverleggen)/(?<id>[0-9A-Za-z-]+)/", RegexOptions.CultureInvariant)]
    private static partial Regex AboutPattern();
}
