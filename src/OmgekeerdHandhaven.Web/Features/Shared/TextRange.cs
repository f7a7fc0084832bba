namespace OmgekeerdHandhaven.Web.Features.Shared;

/// <summary>A stretch of a text, in UTF-16 characters from its start.</summary>
public sealed record TextRange(int Start, int Length);
