namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record AgreementStatusInput(string? Status, string? Note);
