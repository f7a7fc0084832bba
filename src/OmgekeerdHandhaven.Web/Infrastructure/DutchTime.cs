using System.Globalization;

namespace OmgekeerdHandhaven.Web.Infrastructure;

/// <summary>Dates as a Dutch user reads them ("29 november 2026"), in Dutch time whatever the server's zone.</summary>
public static class DutchTime
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The IANA name, also for SQL (AT TIME ZONE) where Dutch calendar days or months are grouped.</summary>
    public const string TimeZoneId = "Europe/Amsterdam";

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);

    /// <summary>Midnight at the start of a Dutch calendar day, as an instant (for "from this day" filters).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => At(date, TimeOnly.MinValue);

    /// <summary>A Dutch clock time on a Dutch calendar day, as an instant (07.00 uur stays 07.00 across summer time).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>A date as a form sends it: the date input's yyyy-MM-dd or, typed by hand, d-M-yyyy or d/M/yyyy.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateTimeOffset moment) => Local(moment).ToString("d MMMM yyyy", Culture);

    public static string DateTime(DateTimeOffset moment) => Local(moment).ToString("d MMMM yyyy 'om' HH:mm", Culture);

    /// <summary>A wait as a Dutch user reads it: "16 seconden", "1 minuut"; from a minute on in whole minutes, rounded up.</summary>
    public static string Wait(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        if (seconds < 60)
        {
            return seconds == 1 ? "1 seconde" : $"{seconds} seconden";
        }

        var minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minuut" : $"{minutes} minuten";
    }
}
