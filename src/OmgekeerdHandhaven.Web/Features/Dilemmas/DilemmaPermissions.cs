namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record DilemmaPermissions(bool Edit, bool Submit, bool Return, bool Decide, bool Revise, bool Withdraw, bool Comment, bool FollowUpAgreements, bool Redact = false);
