namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record AgreementInput(string? Description, string? Responsible, string? DueDate, string? Fallback);
