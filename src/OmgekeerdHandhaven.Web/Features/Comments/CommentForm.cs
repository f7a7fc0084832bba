namespace OmgekeerdHandhaven.Web.Features.Comments;

public sealed class CommentForm
{
    public string Body { get; set; } = string.Empty;

    public string? Kind { get; set; }
}
