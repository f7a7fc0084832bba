namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record CommentInput([property: EnumValues(typeof(Domain.CommentKind))] string? Kind, string? Body);
