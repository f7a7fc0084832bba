namespace OmgekeerdHandhaven.Web.Features.Vision;

public sealed class VisionForm
{
    public string? Vision { get; set; }
}
