using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OmgekeerdHandhaven.Web.Features.Users;

public sealed class EditUserForm
{
    public string DisplayName { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    /// <summary>Shown beside the form; never taken from the request (the route and the database decide these).</summary>
    [BindNever]
    public UserSummary? Account { get; set; }
}
