using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Profile;

public sealed record ProfileViewModel(string DisplayName, string Email, string Municipality, IReadOnlyList<string> Roles, IReadOnlyList<AccessToken> Tokens, CreateTokenForm Form, string? NewSecret, DateTimeOffset Now, bool SecondFactorOn);
