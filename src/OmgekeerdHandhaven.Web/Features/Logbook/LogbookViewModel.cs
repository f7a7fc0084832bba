namespace OmgekeerdHandhaven.Web.Features.Logbook;

public sealed record LogbookViewModel(IReadOnlyList<LogbookLine> Lines, int Total, int Page, int PageSize, LogbookFilter Filter, IReadOnlyList<(Guid Id, string Name)> Users)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
