namespace OmgekeerdHandhaven.Web.Features.Lists;

/// <summary>Naam wijzigen and Verwijderen of one entry.</summary>
public sealed record ListEntryViewModel(OwnList List, Guid Id, string Name, int Uses, ListEntryForm Form);
