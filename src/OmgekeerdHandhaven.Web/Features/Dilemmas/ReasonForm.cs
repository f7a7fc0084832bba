using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Intrekken and terugsturen: one required reason.</summary>
public sealed class ReasonForm
{
    public string Reason { get; set; } = string.Empty;

    [BindNever]
    public string? Number { get; set; }

    [BindNever]
    public string? Title { get; set; }
}
