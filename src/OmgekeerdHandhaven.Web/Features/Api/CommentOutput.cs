namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record CommentOutput(Guid Id, string Kind, string Body, string Author, DateTimeOffset CreatedAt);
