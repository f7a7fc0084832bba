namespace OmgekeerdHandhaven.Web.Features.Users;

public sealed record UserListItem(Guid Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool IsActive, bool Anonymised = false);

public sealed record UserListViewModel(string MunicipalityName, IReadOnlyList<UserListItem> Users);
