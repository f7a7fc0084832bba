namespace OmgekeerdHandhaven.Web.Features.Lists;

/// <summary>Toevoegen or Naam wijzigen of a domein or risicosignaal.</summary>
public sealed class ListEntryForm
{
    public string Name { get; set; } = string.Empty;
}
