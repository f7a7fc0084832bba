namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record SearchItem(string Number, string Title, string Status, string Snippet, IReadOnlyList<string> PolicyAreas, DateTimeOffset? DecidedAt, double Score);
