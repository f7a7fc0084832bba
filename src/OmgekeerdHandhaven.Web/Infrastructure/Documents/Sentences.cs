namespace OmgekeerdHandhaven.Web.Infrastructure.Documents;

/// <summary>Joins a user's phrase into a longer sentence without a double full stop ("politie.. Gevolgen").</summary>
public static class Sentences
{
    /// <summary>The text with a full stop at its end, unless it already ends a sentence (. ! ? … : ;).</summary>
    public static string End(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || ".!?…:;".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
