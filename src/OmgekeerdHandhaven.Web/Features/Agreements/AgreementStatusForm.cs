namespace OmgekeerdHandhaven.Web.Features.Agreements;

public sealed class AgreementStatusForm
{
    /// <summary>Kept or NotKept.</summary>
    public string? Status { get; set; }

    public string? Note { get; set; }
}
