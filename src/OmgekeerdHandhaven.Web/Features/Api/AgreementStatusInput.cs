namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record AgreementStatusInput([property: EnumValues(typeof(Domain.AgreementStatus))] string? Status, string? Note);
