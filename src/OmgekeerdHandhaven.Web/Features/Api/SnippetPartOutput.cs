namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>A labelled part of a snippet ("Oplossing", "Situatie") as plain text, the hits as ranges into it.</summary>
public sealed record SnippetPartOutput(string Label, string Text, IReadOnlyList<HighlightOutput> Highlights);
