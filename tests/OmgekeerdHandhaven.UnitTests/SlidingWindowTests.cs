using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class SlidingWindowTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly DateTimeOffset Nine = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheWindows_AreWholeLengthsOfTime_EndingAtNow()
    {
        var window = new SlidingWindow(Minute, Nine.AddSeconds(75.5));

        Assert.Equal(Nine.AddMinutes(1), window.CurrentStart);
        Assert.Equal(Nine, window.PreviousStart);
    }

    [Fact]
    public void ABurstAcrossTheEdgeOfTwoWindows_CountsWhole()
    {
        // Three attempts just before nine, three just after: six within two seconds, not three and three.
        var window = new SlidingWindow(Minute, Nine.AddSeconds(1));

        Assert.True(window.Estimate(previous: 3, current: 3) > 5.9);
    }

    [Fact]
    public void ThePreviousWindow_SlidesOutAsTimePasses()
    {
        Assert.Equal(10 + 5, new SlidingWindow(Minute, Nine.AddSeconds(30)).Estimate(previous: 10, current: 10), 6);
        Assert.Equal(10, new SlidingWindow(Minute, Nine.AddSeconds(59.999)).Estimate(previous: 600, current: 10), 0);
        Assert.Equal(4, new SlidingWindow(Minute, Nine).Estimate(previous: 0, current: 4));
    }

    [Fact]
    public void RetryAfter_WaitsUntilThePreviousWindowsShareLeavesRoom()
    {
        // Limit 5; 4 earlier attempts, 1 now: the next attempt fits once the earlier share is at most 3, a quarter in.
        var window = new SlidingWindow(Minute, Nine.AddSeconds(10));

        var wait = window.RetryAfter(previous: 4, current: 1, limit: 5);

        Assert.Equal(TimeSpan.FromSeconds(5), wait);
        var then = new SlidingWindow(Minute, window.Now + wait);
        Assert.True(then.Estimate(previous: 4, current: 2) <= 5);
    }

    [Fact]
    public void RetryAfter_ReachesIntoTheNextWindow_WhenThisOneAloneIsOverTheLimit()
    {
        // Limit 5 and 10 attempts in this window: at the next window's start they still count whole, and one more fits
        // once six tenths of them have slid out.
        var window = new SlidingWindow(Minute, Nine.AddSeconds(20));

        var wait = window.RetryAfter(previous: 0, current: 10, limit: 5);

        Assert.Equal(TimeSpan.FromSeconds(40 + 36), wait);
        var then = new SlidingWindow(Minute, window.Now + wait);
        Assert.Equal(Nine.AddMinutes(1), then.CurrentStart);
        Assert.Equal(5, then.Estimate(previous: 10, current: 1), 6);
    }
}
