namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record OptionInput(string? Description, string? Consequences);
