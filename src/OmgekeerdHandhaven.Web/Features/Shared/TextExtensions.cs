using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace OmgekeerdHandhaven.Web.Features.Shared;

/// <summary>
/// User text as HTML: encoded (never raw HTML), blank lines make paragraphs, single line breaks stay, and
/// http(s) addresses become links that open no script (rel=noopener noreferrer, no javascript: possible).
/// </summary>
public static partial class TextExtensions
{
    public static IHtmlContent Paragraphs(string? text)
    {
        var html = new HtmlContentBuilder();
        if (string.IsNullOrWhiteSpace(text))
        {
            return html;
        }

        foreach (var paragraph in BlankLine().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()))
        {
            html.AppendHtml("<p class=\"utrecht-paragraph oh-text\">");
            var lines = paragraph.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    html.AppendHtml("<br>");
                }

                AppendWithLinks(html, lines[i]);
            }

            html.AppendHtml("</p>");
        }

        return html;
    }

    private static void AppendWithLinks(HtmlContentBuilder html, string line)
    {
        var position = 0;
        foreach (Match match in Url().Matches(line))
        {
            html.Append(line[position..match.Index]);
            html.AppendHtml("<a class=\"utrecht-link utrecht-link--html-a\" rel=\"noopener noreferrer nofollow\" href=\"");
            html.Append(match.Value);
            html.AppendHtml("\">");
            html.Append(match.Value);
            html.AppendHtml("</a>");
            position = match.Index + match.Length;
        }

        html.Append(line[position..]);
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\bhttps?://[^\s<>""']+[^\s<>""'.,;:!?)]", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
