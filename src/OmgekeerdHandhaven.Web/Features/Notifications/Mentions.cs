namespace OmgekeerdHandhaven.Web.Features.Notifications;

/// <summary>"@Naam" in a reactie: a colleague is named when "@" is followed by their whole display name.</summary>
public static class Mentions
{
    public static bool Names(string text, string displayName) => Positions(text, displayName).Any();

    /// <summary>
    /// The colleagues named in the text. Longer names first, and a place taken by one is not another's: "@Anna Bakker"
    /// names Anna Bakker, not also a colleague called "Anna".
    /// </summary>
    public static IReadOnlyList<Guid> Named(string text, IEnumerable<(Guid Id, string Name)> colleagues)
    {
        var taken = new HashSet<int>();
        var named = new List<Guid>();
        foreach (var (id, name) in colleagues.OrderByDescending(c => c.Name.Length))
        {
            var free = Positions(text, name).Where(taken.Add).ToList();
            if (free.Count > 0)
            {
                named.Add(id);
            }
        }

        return named;
    }

    private static IEnumerable<int> Positions(string text, string displayName)
    {
        if (displayName.Length == 0)
        {
            yield break;
        }

        var at = text.IndexOf('@' + displayName, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + 1 + displayName.Length;
            // "@Jan de Vries" names Jan de Vries, "@Jan de Vriesman" does not; the "@" starts a word ("a@b" is an address).
            if ((end == text.Length || !char.IsLetterOrDigit(text[end])) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
            {
                yield return at;
            }

            at = text.IndexOf('@' + displayName, end, StringComparison.OrdinalIgnoreCase);
        }
    }
}
