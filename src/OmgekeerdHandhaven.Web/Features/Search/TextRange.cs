namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>A stretch of a text, in UTF-16 characters from its start.</summary>
public sealed record TextRange(int Start, int Length);
