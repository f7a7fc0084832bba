namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed class CommentForm
{
    public string Body { get; set; } = string.Empty;

    public string? Kind { get; set; }
}
