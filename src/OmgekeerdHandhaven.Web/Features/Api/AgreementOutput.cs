namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record AgreementOutput(Guid Id, string Description, string Responsible, DateOnly DueDate, string Fallback, [property: EnumValues(typeof(Domain.AgreementStatus))] string Status, bool Overdue);
