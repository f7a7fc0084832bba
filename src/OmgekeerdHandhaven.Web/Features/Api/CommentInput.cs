namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record CommentInput(string? Kind, string? Body);
