using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>Nieuw casusboekje / gegevens wijzigen.</summary>
public sealed class CaseBookletForm
{
    public string? Title { get; set; }

    public string? Introduction { get; set; }

    /// <summary>Geldig tot, yyyy-MM-dd from the date input or typed as d-M-yyyy.</summary>
    public string? ValidUntil { get; set; }

    public DateOnly ParsedValidUntil => DutchTime.TryParseDate(ValidUntil, out var date) ? date : throw new InvalidOperationException("Validate the form first.");
}
