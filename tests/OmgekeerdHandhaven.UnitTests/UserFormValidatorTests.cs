using OmgekeerdHandhaven.Web.Features.Account;
using OmgekeerdHandhaven.Web.Features.Users;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class UserFormValidatorTests
{
    private readonly CreateUserFormValidator _create = new();

    [Fact]
    public void CreateUser_WithoutRole_NamesTheRolesField()
    {
        var result = _create.Validate(new CreateUserForm { Email = "a@voorbeeld.nl", DisplayName = "A", Roles = [] });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Roles", error.PropertyName);
        Assert.Equal("Kies minstens één rol.", error.ErrorMessage);
    }

    [Fact]
    public void CreateUser_WithInventedRole_IsRefused()
    {
        var result = _create.Validate(new CreateUserForm { Email = "a@voorbeeld.nl", DisplayName = "A", Roles = ["Handhaver", "Superuser"] });

        Assert.Contains(result.Errors, e => e.PropertyName == "Roles");
    }

    [Theory]
    [InlineData("")]
    [InlineData("geen-adres")]
    public void CreateUser_WithoutValidEmail_NamesTheEmailField(string email)
    {
        var result = _create.Validate(new CreateUserForm { Email = email, DisplayName = "A", Roles = ["Handhaver"] });

        Assert.Equal("Email", Assert.Single(result.Errors).PropertyName);
    }

    [Fact]
    public void CreateUser_Complete_IsValid() =>
        Assert.True(_create.Validate(new CreateUserForm { Email = "a@voorbeeld.nl", DisplayName = "A", Roles = ["Beslisser"] }).IsValid);

    [Fact]
    public void ChangePassword_WhenRepeatDiffers_NamesTheRepeatField()
    {
        var result = new ChangePasswordFormValidator().Validate(new ChangePasswordForm
        {
            CurrentPassword = "oud wachtwoord van mij",
            NewPassword = "nieuw lang wachtwoord",
            ConfirmNewPassword = "nieuw lang wachtwoordd",
        });

        Assert.Equal(nameof(ChangePasswordForm.ConfirmNewPassword), Assert.Single(result.Errors).PropertyName);
    }

    [Fact]
    public void ChangePassword_ToCommonPassword_NamesTheNewPasswordField()
    {
        var result = new ChangePasswordFormValidator().Validate(new ChangePasswordForm
        {
            CurrentPassword = "oud wachtwoord van mij",
            NewPassword = "1qaz2wsx3edc",
            ConfirmNewPassword = "1qaz2wsx3edc",
        });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(ChangePasswordForm.NewPassword));
    }
}
