using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class DutchTextTests
{
    [Theory]
    [InlineData(0, "0 gebruikers")]
    [InlineData(1, "1 gebruiker")]
    [InlineData(5, "5 gebruikers")]
    [InlineData(1250, "1.250 gebruikers")]
    public void Count_UsesSingularForOne_PluralOtherwise_WithDutchThousands(int count, string expected) =>
        Assert.Equal(expected, DutchText.Count(count, "gebruiker", "gebruikers"));
}
