using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record AgreementView(Guid Id, string Description, string Responsible, DateOnly DueDate, string Fallback, AgreementStatus Status, string? StatusNote, bool Overdue);
