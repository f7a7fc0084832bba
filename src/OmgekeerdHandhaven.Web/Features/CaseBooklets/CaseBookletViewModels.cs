using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Search;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

public sealed record CaseBookletListItem(Guid Id, string Title, CaseBookletStatus Status, DateOnly ValidUntil, int Count, DateTimeOffset? PublishedAt);

public sealed record CaseBookletListViewModel(IReadOnlyList<CaseBookletListItem> Booklets, bool CanCompose);

/// <summary>Nieuw casusboekje (no id) or its details changed.</summary>
public sealed record CaseBookletFormViewModel(Guid? Id, CaseBookletForm Form);

/// <summary>
/// One edition: its dilemmas by domain, and while it is a draft the search to choose more decided dilemmas
/// (<see cref="Zoekterm"/>, <see cref="Domein"/>) with the results not yet in it.
/// </summary>
public sealed record CaseBookletPageViewModel(
    CaseBooklet Booklet, bool CanCompose, string? Zoekterm, string? Domein, IReadOnlyList<string> PolicyAreas,
    IReadOnlyList<SearchHit> Results, int ResultTotal, IReadOnlySet<string> Included)
{
    public bool Searched => Zoekterm is not null || Domein is not null;
}

public sealed record BookletExportViewModel(Guid BookletId, string Title, Guid ExportId, BookletFormat Format, BookletExportStatus Status, int Progress);
