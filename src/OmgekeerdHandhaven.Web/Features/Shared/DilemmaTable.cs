
namespace OmgekeerdHandhaven.Web.Features.Shared;

public sealed record DilemmaTable(string Caption, IReadOnlyList<DilemmaListItem> Items, bool ShowDecidedAt = false);
