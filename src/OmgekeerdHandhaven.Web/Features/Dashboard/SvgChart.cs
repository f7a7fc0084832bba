using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace OmgekeerdHandhaven.Web.Features.Dashboard;

/// <summary>
/// Bar charts as server-rendered SVG (no JavaScript). Each chart is one image with a Dutch summary as its accessible
/// name; the page puts the full numbers in a table beside it for screen readers and for reading exact values.
/// Colours come from the NL Design System (Utrecht) design tokens where they have one, each at least 3:1 against white
/// (WCAG 1.4.11) and clearly apart from the others; stacked parts are separated by a white line; the legend repeats them in text.
/// </summary>
public static class SvgChart
{
    /// <summary>
    /// One colour per series: --utrecht-color-blue-40, yellow-20, green-30, red-30 and blue-20, then magenta, purple and
    /// teal where the tokens have no further hue (their grey is too close to green-30 beside it).
    /// </summary>
    public static readonly string[] Palette = ["#2964a3", "#665200", "#4d6336", "#990000", "#143252", "#a0306e", "#6b2f9c", "#007a5e"];

    /// <summary>The single colour of a chart with one series (ranked bars): no rainbow where colour means nothing.</summary>
    public static readonly string SingleSeries = Palette[0];

    /// <summary>Agreement status, by meaning: kept green, not kept red, overdue dark amber, open blue.</summary>
    public static readonly string Kept = "#4d6336", NotKept = "#990000", Overdue = "#665200", Open = "#2964a3";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Stacked vertical bars: one bar per category, one colour per series, with a legend.</summary>
    public static IHtmlContent StackedBars(string summary, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series)
    {
        const double width = 720, height = 300, left = 40, bottom = 40, top = 10;
        var legendHeight = 20 * ((series.Count + 2) / 3);
        var totals = categories.Select((_, i) => series.Sum(s => s.Values[i])).ToList();
        var max = Math.Max(1, totals.Count == 0 ? 1 : totals.Max());
        var plotHeight = height - bottom - top;
        var slot = (width - left) / Math.Max(1, categories.Count);
        var root = Root(summary, width, height + legendHeight);
        Axis(root, left, top, plotHeight, width, max);
        for (var i = 0; i < categories.Count; i++)
        {
            var y = top + plotHeight;
            for (var s = 0; s < series.Count; s++)
            {
                var h = series[s].Values[i] / max * plotHeight;
                if (h > 0)
                {
                    y -= h;
                    root.Add(Rect(left + (i * slot) + (slot * 0.15), y, slot * 0.7, h, Palette[s % Palette.Length], separated: true));
                }
            }

            root.Add(Text(left + (i * slot) + (slot / 2), height - bottom + 16, categories[i], "middle"));
        }

        for (var s = 0; s < series.Count; s++)
        {
            var x = left + (s % 3 * 230);
            var y = height + (s / 3 * 20);
            root.Add(Rect(x, y - 10, 12, 12, Palette[s % Palette.Length]), Text(x + 18, y, series[s].Name, "start"));
        }

        return new HtmlString(root.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>Horizontal bars with their value at the end, for a ranked list; one colour, or one per bar where the colour means something.</summary>
    public static IHtmlContent HorizontalBars(string summary, IReadOnlyList<(string Label, double Value)> bars, string? unit = null, IReadOnlyList<string>? colours = null)
    {
        const double width = 720, labelWidth = 220, row = 26;
        var height = Math.Max(1, bars.Count) * row;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var root = Root(summary, width, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var length = value / max * (width - labelWidth - 70);
            root.Add(
                Text(labelWidth - 8, (i * row) + 17, label, "end"),
                Rect(labelWidth, (i * row) + 4, Math.Max(length, 1), row - 8, colours is null ? SingleSeries : colours[i % colours.Count]),
                Text(labelWidth + length + 6, (i * row) + 17, Format(value) + (unit is null ? string.Empty : " " + unit), "start"));
        }

        return new HtmlString(root.ToString(SaveOptions.DisableFormatting));
    }

    public static string Format(double value) =>
        value.ToString(Math.Abs(value % 1) < 0.05 ? "0" : "0.0", CultureInfo.GetCultureInfo("nl-NL"));

    private static XElement Root(string summary, double width, double height) =>
        new(Svg + "svg",
            new XAttribute("viewBox", FormattableString.Invariant($"0 0 {width} {height + 10}")),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", summary),
            new XAttribute("class", "oh-chart"),
            new XAttribute("preserveAspectRatio", "xMinYMin meet"));

    private static void Axis(XElement root, double left, double top, double plotHeight, double width, double max)
    {
        foreach (var fraction in new[] { 0.0, 0.5, 1.0 })
        {
            var y = top + plotHeight - (fraction * plotHeight);
            root.Add(
                new XElement(Svg + "line",
                    new XAttribute("x1", Invariant(left)), new XAttribute("x2", Invariant(width)), new XAttribute("y1", Invariant(y)), new XAttribute("y2", Invariant(y)),
                    new XAttribute("stroke", "#767676"), new XAttribute("stroke-width", "1")),
                Text(left - 6, y + 4, Format(Math.Round(max * fraction, 1)), "end"));
        }
    }

    private static XElement Rect(double x, double y, double width, double height, string fill, bool separated = false)
    {
        var rect = new XElement(Svg + "rect",
            new XAttribute("x", Invariant(x)), new XAttribute("y", Invariant(y)),
            new XAttribute("width", Invariant(width)), new XAttribute("height", Invariant(height)), new XAttribute("fill", fill));
        if (separated)
        {
            rect.Add(new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", "1"));
        }

        return rect;
    }

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text",
            new XAttribute("x", Invariant(x)), new XAttribute("y", Invariant(y)), new XAttribute("text-anchor", anchor),
            new XAttribute("font-size", "12"), new XAttribute("fill", "#1a1a1a"), text);

    private static string Invariant(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
