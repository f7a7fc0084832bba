using System.Net;
using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>A short, HTML-escaped excerpt around the first hit, with every hit wrapped in &lt;mark&gt; and no other markup.</summary>
public static class Snippets
{
    /// <summary>
    /// A ts_headline result over HTML-encoded text (hits between U+E000 and U+E001) as escaped HTML with &lt;mark&gt; around
    /// the hits. Decoding and encoding again guarantees that nothing but the marks can be markup.
    /// </summary>
    public static string FromHeadline(string headline) =>
        WebUtility.HtmlEncode(WebUtility.HtmlDecode(headline)).Replace("\uE000", "<mark>", StringComparison.Ordinal).Replace("\uE001", "</mark>", StringComparison.Ordinal);

    public static string Make(string text, IReadOnlyList<string> terms, int length = 200)
    {
        var start = 0;
        foreach (var term in terms)
        {
            var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                start = Math.Max(0, at - (length / 3));
                break;
            }
        }

        var excerpt = text.Substring(start, Math.Min(length, text.Length - start));
        var html = WebUtility.HtmlEncode(excerpt);
        foreach (var term in terms.Where(t => t.Length > 1))
        {
            var encoded = Regex.Escape(WebUtility.HtmlEncode(term));
            html = Regex.Replace(html, encoded, m => $"<mark>{m.Value}</mark>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }

        return (start > 0 ? "… " : string.Empty) + html + (start + excerpt.Length < text.Length ? " …" : string.Empty);
    }
}
