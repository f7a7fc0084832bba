using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record DilemmaListViewModel(
    IReadOnlyList<DilemmaListItem> Items,
    int Total,
    int Page,
    int PageSize,
    DilemmaListFilter Filter,
    IReadOnlyList<PolicyAreaChoice> PolicyAreas,
    bool CanCreate)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
