using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// Counts of a broad search are estimated from a sample (see <see cref="DilemmaSearch"/>); they are shown rounded to
/// two significant figures with "ca." so nobody reads a sample's noise as an exact number.
/// </summary>
public static class Estimates
{
    /// <summary>Rounded to two significant figures: 61 496 → 61 000, 2 780 → 2 800, 57 → 57.</summary>
    public static int Round(double count)
    {
        if (count < 100)
        {
            return (int)Math.Round(count, MidpointRounding.AwayFromZero);
        }

        var unit = Math.Pow(10, Math.Floor(Math.Log10(count)) - 1);
        return (int)(Math.Round(count / unit, MidpointRounding.AwayFromZero) * unit);
    }

    /// <summary>A count as a Dutch reader sees it: "61.000", or "ca. 61.000" when it is an estimate.</summary>
    public static string Dutch(int count, bool estimated) =>
        estimated ? $"ca. {Round(count).ToString("N0", DutchTime.Culture)}" : count.ToString("N0", DutchTime.Culture);
}
