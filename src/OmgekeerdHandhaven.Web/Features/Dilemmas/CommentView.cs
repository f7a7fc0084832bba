using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record CommentView(CommentKind Kind, string Body, string Author, DateTimeOffset CreatedAt);
