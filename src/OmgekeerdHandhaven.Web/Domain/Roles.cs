namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>The four roles of product.md. The names are the Dutch words users see; a user may hold several.</summary>
public static class Roles
{
    public const string Handhaver = "Handhaver";
    public const string Consulent = "Consulent";
    public const string Beslisser = "Beslisser";
    public const string Beheerder = "Beheerder";

    public static IReadOnlyList<string> All { get; } = [Handhaver, Consulent, Beslisser, Beheerder];

    /// <summary>Roles that work with dilemmas day to day (as opposed to the functional administrator).</summary>
    public static IReadOnlyList<string> Team { get; } = [Handhaver, Consulent, Beslisser];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>Accepts "Handhaver,Beslisser" in any case and returns the canonical names; null when one is unknown.</summary>
    public static IReadOnlyList<string>? Parse(string? commaSeparated)
    {
        if (string.IsNullOrWhiteSpace(commaSeparated))
        {
            return null;
        }

        var result = new List<string>();
        foreach (var part in commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = All.FirstOrDefault(r => string.Equals(r, part, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                return null;
            }

            if (!result.Contains(match))
            {
                result.Add(match);
            }
        }

        return result.Count == 0 ? null : result;
    }
}
