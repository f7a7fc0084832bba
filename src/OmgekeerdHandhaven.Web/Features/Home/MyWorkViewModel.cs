using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.Home;

public sealed record MyWorkViewModel(
    string DisplayName,
    string MunicipalityName,
    IReadOnlyList<string> Roles,
    bool IsBeslisser,
    bool CanCreate,
    IReadOnlyList<DilemmaListItem> Drafts,
    IReadOnlyList<DilemmaListItem> ReturnedToMe,
    IReadOnlyList<DilemmaListItem> AwaitingDecision,
    IReadOnlyList<AgreementListItem> MyAgreements,
    IReadOnlyList<AgreementListItem> TeamAgreementsDue,
    IReadOnlyList<DilemmaListItem> RecentDecisions);
