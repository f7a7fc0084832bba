namespace OmgekeerdHandhaven.Web.Features.Account;

public sealed class ChangePasswordForm
{
    public string CurrentPassword { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmNewPassword { get; set; } = string.Empty;
}
