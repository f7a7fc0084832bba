namespace OmgekeerdHandhaven.Web.Features.Users;

public sealed record UserSummary(Guid Id, string Email, bool IsActive, bool IsSelf, bool SecondFactorOn = false);
