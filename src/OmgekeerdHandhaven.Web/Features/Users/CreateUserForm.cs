namespace OmgekeerdHandhaven.Web.Features.Users;

public sealed class CreateUserForm
{
    public string Email { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];
}
