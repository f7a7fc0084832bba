namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>One field of a revision: its Dutch label and the text before and after.</summary>
public sealed record FieldChange(string Field, string Before, string After);
