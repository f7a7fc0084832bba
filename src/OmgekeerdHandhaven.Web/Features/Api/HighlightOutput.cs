namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>A hit in a snippet part's text: from <c>start</c> (UTF-16 characters, as JavaScript counts) for <c>length</c>.</summary>
public sealed record HighlightOutput(int Start, int Length);
