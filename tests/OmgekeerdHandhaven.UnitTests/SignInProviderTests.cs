using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class SignInProviderTests
{
    private static SignInProvider Connected(bool passwords = true, Guid? breakGlass = null)
    {
        var provider = new SignInProvider(Guid.NewGuid());
        provider.Configure("https://login.microsoftonline.com/tenant/v2.0", "dilemmaregister", "versleuteld", "groups",
            new Dictionary<string, string[]>
            {
                [Roles.Handhaver] = ["groep-handhavers", " "],
                [Roles.Beslisser] = ["groep-teamleiders"],
                [Roles.Beheerder] = ["groep-teamleiders", "groep-beheer"],
            },
            ["Utrecht.nl", "@gemeente.utrecht.nl"], createsUsers: true, localPasswordsAllowed: passwords, breakGlassUserId: breakGlass);
        return provider;
    }

    [Fact]
    public void Roles_FollowTheGroups_OneGroupCanGiveSeveral_AndAnUnmappedGroupGivesNone()
    {
        var provider = Connected();

        Assert.Equal([Roles.Handhaver], provider.RolesFor(["groep-handhavers", "groep-kantine"]).Order());
        Assert.Equal([Roles.Beheerder, Roles.Beslisser], provider.RolesFor(["groep-teamleiders"]).Order());
        Assert.Empty(provider.RolesFor(["groep-kantine"]));
        Assert.Empty(provider.RolesFor(["GROEP-HANDHAVERS"])); // group ids are compared exactly
    }

    [Fact]
    public void WithPasswordsOff_OnlyTheNoodaccountUsesOne()
    {
        var noodaccount = Guid.NewGuid();
        var provider = Connected(passwords: false, breakGlass: noodaccount);

        Assert.True(provider.AllowsPasswordOf(noodaccount));
        Assert.False(provider.AllowsPasswordOf(Guid.NewGuid()));
        Assert.True(Connected().AllowsPasswordOf(Guid.NewGuid()));
        Assert.Throws<DomainException>(() => Connected(passwords: false, breakGlass: null));
    }

    [Theory]
    [InlineData("jan@utrecht.nl", true)]
    [InlineData("Jan@Gemeente.Utrecht.NL", true)]
    [InlineData("jan@nieuwegein.nl", false)]
    [InlineData("utrecht.nl", false)]
    public void TheEmailDomain_DecidesWhichProviderAnAddressGoesTo(string email, bool handled) =>
        Assert.Equal(handled, Connected().HandlesEmail(email));

    [Theory]
    [InlineData("https://login.microsoftonline.com/tenant/v2.0", true)]
    [InlineData("https://adfs.utrecht.nl/adfs/", true)]
    [InlineData("http://127.0.0.1:5090/", true)]
    [InlineData("http://adfs.utrecht.nl/adfs/", false)]
    [InlineData("https://adfs.utrecht.nl/adfs/?x=1", false)]
    [InlineData("adfs.utrecht.nl", false)]
    [InlineData("", false)]
    public void TheAuthority_IsHttps_OrLoopbackForTests(string authority, bool valid) =>
        Assert.Equal(valid, SignInProvider.IsValidAuthority(authority));
}
