namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record ReasonInput(string? Reason);
