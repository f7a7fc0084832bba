using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record RevisionFieldView(string Field, IReadOnlyList<DiffSegment> Diff);
