namespace OmgekeerdHandhaven.Web.Features.Lists;

public sealed record ListPageViewModel(OwnList List, IReadOnlyList<ListEntryRow> Entries, ListEntryForm Form);
