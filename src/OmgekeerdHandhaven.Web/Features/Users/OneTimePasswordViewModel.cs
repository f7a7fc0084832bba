namespace OmgekeerdHandhaven.Web.Features.Users;

public sealed record OneTimePasswordViewModel(string Heading, string DisplayName, string Email, string Password);
