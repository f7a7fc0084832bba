namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record OptionOutput(string Description, string Consequences);
