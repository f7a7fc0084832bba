namespace OmgekeerdHandhaven.Web.Features.Decisions;

public sealed class AgreementForm
{
    public string Description { get; set; } = string.Empty;

    /// <summary>A colleague's name (then linked to them) or an outside party, e.g. "jeugdhulpverlener".</summary>
    public string Responsible { get; set; } = string.Empty;

    /// <summary>As typed, yyyy-MM-dd from the date input.</summary>
    public string? DueDate { get; set; }

    public string Fallback { get; set; } = string.Empty;
}
