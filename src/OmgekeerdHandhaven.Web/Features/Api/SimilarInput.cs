namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record SimilarInput(string? Title, string? Situation);
