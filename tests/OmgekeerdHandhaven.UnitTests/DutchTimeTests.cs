using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class DutchTimeTests
{
    [Theory]
    [InlineData(0, "1 seconde")]
    [InlineData(1, "1 seconde")]
    [InlineData(16.2, "17 seconden")]
    [InlineData(59, "59 seconden")]
    [InlineData(60, "1 minuut")]
    [InlineData(79, "2 minuten")]
    [InlineData(900, "15 minuten")]
    public void Wait_IsSaidInDutch_NeverShorterThanItIs(double seconds, string expected) =>
        Assert.Equal(expected, DutchTime.Wait(TimeSpan.FromSeconds(seconds)));
}
