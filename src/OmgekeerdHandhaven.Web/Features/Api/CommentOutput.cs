namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record CommentOutput(Guid Id, [property: EnumValues(typeof(Domain.CommentKind))] string Kind, string Body, string Author, DateTimeOffset CreatedAt);
