namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// A sliding window of <see cref="Length"/> ending at <see cref="Now"/>, estimated from two fixed windows: the current one
/// counts whole, the one before it for the share of it that still lies within the sliding window. A fixed window alone
/// lets a client spend its budget at the end of one window and again at the start of the next — twice the limit within
/// seconds — and makes a burst's answer depend on where the window's edge happens to fall.
/// </summary>
public readonly record struct SlidingWindow(TimeSpan Length, DateTimeOffset Now)
{
    public DateTimeOffset CurrentStart => new(Now.UtcTicks - (Now.UtcTicks % Length.Ticks), TimeSpan.Zero);

    public DateTimeOffset PreviousStart => CurrentStart - Length;

    private TimeSpan Elapsed => Now - CurrentStart;

    /// <summary>The attempts within the last <see cref="Length"/>, <paramref name="current"/> including this one.</summary>
    public double Estimate(int previous, int current) => (previous * (1 - (Elapsed / Length))) + current;

    /// <summary>How long until one more attempt fits within <paramref name="limit"/>, if none are made meanwhile.</summary>
    public TimeSpan RetryAfter(int previous, int current, int limit)
    {
        // The room the previous window's share may take once the next attempt is counted; that share shrinks to nothing
        // by the end of this window, so with room left the wait ends within it.
        var room = limit - current - 1;
        if (room >= 0)
        {
            var wait = previous == 0 ? TimeSpan.Zero : (Length * (1 - ((double)room / previous))) - Elapsed;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        // This window alone is over the limit: wait into the next one, until enough of this window has slid out.
        return Length - Elapsed + (Length * (1 - ((double)Math.Max(limit - 1, 0) / current)));
    }
}
