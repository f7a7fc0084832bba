using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Shared;

public sealed record DilemmaListItem(string Number, string Title, DilemmaStatus Status, ChainPhase Phase, IReadOnlyList<string> PolicyAreas, DateTimeOffset UpdatedAt, DateTimeOffset? DecidedAt);
