using System.Globalization;
using System.Xml.Linq;
using OmgekeerdHandhaven.Web.Features.Dashboard;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>Dashboard charts: colours with meaning, 3:1 against white (WCAG 1.4.11), and no two series alike.</summary>
public sealed class SvgChartTests
{
    public static TheoryData<string> AllColours() => [.. SvgChart.Palette.Concat([SvgChart.Kept, SvgChart.NotKept, SvgChart.Overdue, SvgChart.Open]).Distinct()];

    [Theory]
    [MemberData(nameof(AllColours))]
    public void EveryColour_HasAtLeast3To1AgainstWhite(string colour) =>
        Assert.True(Contrast(colour, "#ffffff") >= 3, $"{colour} has {Contrast(colour, "#ffffff"):0.00}:1 against white");

    [Fact]
    public void NoTwoSeriesColours_LookAlike()
    {
        for (var i = 0; i < SvgChart.Palette.Length; i++)
        {
            for (var j = i + 1; j < SvgChart.Palette.Length; j++)
            {
                Assert.True(Distance(SvgChart.Palette[i], SvgChart.Palette[j]) > 60, $"{SvgChart.Palette[i]} and {SvgChart.Palette[j]} are too alike");
            }
        }
    }

    [Fact]
    public void ARankedList_HasOneColour_NotARainbow()
    {
        var svg = XElement.Parse(SvgChart.HorizontalBars("test", [("hennep", 5), ("jeugdhulp", 4), ("schulden", 3), ("wonen", 2)]).ToString()!);

        Assert.Equal([SvgChart.SingleSeries], svg.Descendants().Where(e => e.Name.LocalName == "rect").Select(r => (string)r.Attribute("fill")!).Distinct());
    }

    [Fact]
    public void Agreements_AreColouredByMeaning_OverdueIsNotGreen()
    {
        var svg = XElement.Parse(SvgChart.HorizontalBars("test", [("Nagekomen", 3), ("Niet nagekomen", 1), ("Verlopen", 2), ("Open", 4)], colours: [SvgChart.Kept, SvgChart.NotKept, SvgChart.Overdue, SvgChart.Open]).ToString()!);

        var fills = svg.Descendants().Where(e => e.Name.LocalName == "rect").Select(r => (string)r.Attribute("fill")!).ToList();
        Assert.Equal([SvgChart.Kept, SvgChart.NotKept, SvgChart.Overdue, SvgChart.Open], fills);
        Assert.True(Green(fills[2]) <= Red(fills[2]), "Verlopen must not be drawn in green");
    }

    private static (double R, double G, double B) Rgb(string hex) =>
        (int.Parse(hex[1..3], NumberStyles.HexNumber, CultureInfo.InvariantCulture), int.Parse(hex[3..5], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex[5..7], NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static double Red(string hex) => Rgb(hex).R;

    private static double Green(string hex) => Rgb(hex).G;

    private static double Luminance(string hex)
    {
        static double Channel(double c) => (c /= 255) <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        var (r, g, b) = Rgb(hex);
        return (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));
    }

    private static double Contrast(string a, string b)
    {
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    /// <summary>Plain RGB distance: enough to tell the two near-identical purples of before from clearly different colours.</summary>
    private static double Distance(string a, string b)
    {
        var (x, y) = (Rgb(a), Rgb(b));
        return Math.Sqrt(Math.Pow(x.R - y.R, 2) + Math.Pow(x.G - y.G, 2) + Math.Pow(x.B - y.B, 2));
    }
}
