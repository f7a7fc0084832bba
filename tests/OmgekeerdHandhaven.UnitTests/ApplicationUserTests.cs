using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class ApplicationUserTests
{
    [Fact]
    public void Deactivate_OwnAccount_IsRefused()
    {
        var user = new ApplicationUser(Guid.NewGuid(), "beheerder@voorbeeld.nl", "Ruud Bakker");

        var error = Assert.Throws<DomainException>(() => user.Deactivate(user.Id, DateTimeOffset.UtcNow));

        Assert.Contains("eigen account", error.Message, StringComparison.Ordinal);
        Assert.True(user.IsActive);
    }

    [Fact]
    public void Deactivate_ByAnotherUser_MakesTheAccountInactive()
    {
        var user = new ApplicationUser(Guid.NewGuid(), "consulent@voorbeeld.nl", "Mohamed El Amrani");

        user.Deactivate(Guid.NewGuid(), DateTimeOffset.UtcNow);

        Assert.False(user.IsActive);
    }

    [Fact]
    public void New_User_MustChooseOwnPasswordFirst() =>
        Assert.True(new ApplicationUser(Guid.NewGuid(), "a@voorbeeld.nl", "A").MustChangePassword);

    [Fact]
    public void New_UserWithoutGemeente_IsRefused() =>
        Assert.Throws<DomainException>(() => new ApplicationUser(Guid.Empty, "a@voorbeeld.nl", "A"));
}
