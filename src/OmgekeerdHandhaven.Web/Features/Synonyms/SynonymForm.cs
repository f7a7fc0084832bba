namespace OmgekeerdHandhaven.Web.Features.Synonyms;

/// <summary>One synonym group as typed: terms separated by commas.</summary>
public sealed class SynonymForm
{
    public string? Terms { get; set; }
}
