namespace OmgekeerdHandhaven.Web.Features.Shared;

public sealed record DiffSegment(string Text, DiffKind Kind);
