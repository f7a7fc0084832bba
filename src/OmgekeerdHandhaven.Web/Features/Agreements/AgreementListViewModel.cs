using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.Agreements;

public sealed record AgreementListViewModel(IReadOnlyList<AgreementListItem> Items, string? Status, bool Mine, bool CanFollowUp);
