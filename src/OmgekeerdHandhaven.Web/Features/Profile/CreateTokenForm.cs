namespace OmgekeerdHandhaven.Web.Features.Profile;

public sealed class CreateTokenForm
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Optional, yyyy-MM-dd from the date input.</summary>
    public string? ExpiresOn { get; set; }
}
