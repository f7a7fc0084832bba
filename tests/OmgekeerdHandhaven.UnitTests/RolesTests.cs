using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class RolesTests
{
    [Fact]
    public void Parse_AcceptsAnyCaseAndSpaces_AndReturnsCanonicalNamesOnce() =>
        Assert.Equal([Roles.Handhaver, Roles.Beslisser], Roles.Parse(" handhaver, BESLISSER ,Handhaver"));

    [Theory]
    [InlineData("Handhaver,Admin")]
    [InlineData("")]
    [InlineData(" , ")]
    public void Parse_WithUnknownOrNoRole_ReturnsNull(string input) => Assert.Null(Roles.Parse(input));
}
