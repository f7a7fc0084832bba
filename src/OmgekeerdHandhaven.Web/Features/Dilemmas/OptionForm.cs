namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed class OptionForm
{
    public string Description { get; set; } = string.Empty;

    public string Consequences { get; set; } = string.Empty;
}
