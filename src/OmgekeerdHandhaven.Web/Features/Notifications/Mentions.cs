namespace OmgekeerdHandhaven.Web.Features.Notifications;

/// <summary>"@Naam" in a reactie: a colleague is named when "@" is followed by their whole display name.</summary>
public static class Mentions
{
    public static bool Names(string text, string displayName)
    {
        if (displayName.Length == 0)
        {
            return false;
        }

        var at = text.IndexOf('@' + displayName, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + 1 + displayName.Length;
            // "@Jan de Vries" names Jan de Vries, "@Jan de Vriesman" does not; the "@" starts a word ("a@b" is an address).
            if ((end == text.Length || !char.IsLetterOrDigit(text[end])) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
            {
                return true;
            }

            at = text.IndexOf('@' + displayName, end, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
