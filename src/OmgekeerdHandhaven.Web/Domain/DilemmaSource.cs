namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>Where an imported dilemma comes from: the gemeente (name, and CBS code when known) and its id there.</summary>
public sealed record DilemmaSource(string Gemeente, string? Code, string SourceId)
{
    /// <summary>The exchange format's identity: the code when known, else the name.</summary>
    public string Key => Code ?? Gemeente;
}
