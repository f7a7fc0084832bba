using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class MunicipalityTests
{
    [Fact]
    public void New_WithCbsCode_StoresItUpperCase()
    {
        var municipality = new Municipality(" Gemeente Amsterdam ", "gm0363");

        Assert.Equal("GM0363", municipality.Code);
        Assert.Equal("Gemeente Amsterdam", municipality.Name);
    }

    [Theory]
    [InlineData("0363")]
    [InlineData("GM363")]
    [InlineData("GM03630")]
    [InlineData("AB0363")]
    public void New_WithCodeThatIsNoCbsCode_IsRefusedInDutch(string code)
    {
        var error = Assert.Throws<DomainException>(() => new Municipality("Gemeente X", code));

        Assert.Contains("CBS-code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_WithoutName_IsRefused() =>
        Assert.Throws<DomainException>(() => new Municipality("  ", "GM0363"));

    [Theory]
    [InlineData(true, new[] { Roles.Beslisser }, true)]
    [InlineData(true, new[] { Roles.Beheerder }, true)]
    [InlineData(true, new[] { Roles.Handhaver, Roles.Beslisser }, true)]
    [InlineData(true, new[] { Roles.Handhaver }, false)]
    [InlineData(true, new[] { Roles.Consulent }, false)]
    [InlineData(false, new[] { Roles.Beheerder, Roles.Beslisser }, false)]
    public void ASecondFactor_IsRequiredOfBeheerdersAndBeslissers_UnlessTheGemeenteSwitchesItOff(bool required, string[] roles, bool expected)
    {
        var gemeente = new Municipality("Gemeente Voorbeeld", "GM0000");
        Assert.True(gemeente.SecondFactorRequired); // on for every new gemeente

        gemeente.RequireSecondFactor(required);

        Assert.Equal(expected, gemeente.RequiresSecondFactorOf(roles));
    }
}
