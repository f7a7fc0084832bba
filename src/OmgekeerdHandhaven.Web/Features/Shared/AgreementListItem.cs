using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Shared;

public sealed record AgreementListItem(
    Guid Id, string Description, string Responsible, DateOnly DueDate, AgreementStatus Status, string? StatusNote, bool Overdue,
    string DilemmaNumber, string DilemmaTitle);
