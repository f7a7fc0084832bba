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
}
