namespace OmgekeerdHandhaven.Web.Features.Users;

public sealed record UserConfirmViewModel(Guid Id, string DisplayName, string Email);
