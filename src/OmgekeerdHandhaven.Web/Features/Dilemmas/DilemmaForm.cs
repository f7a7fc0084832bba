using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Nieuw dilemma and Dilemma wijzigen. Options are added and removed by submit buttons, so it works without JavaScript.</summary>
public sealed class DilemmaForm
{
    public string Title { get; set; } = string.Empty;

    public string Situation { get; set; } = string.Empty;

    public string Question { get; set; } = string.Empty;

    public string? Interests { get; set; }

    public List<Guid> PolicyAreaIds { get; set; } = [];

    public string? Phase { get; set; }

    /// <summary>Chosen from the gemeente's list.</summary>
    public List<string> RiskSignals { get; set; } = [];

    /// <summary>Free tags, separated by commas.</summary>
    public string? OtherRiskSignals { get; set; }

    public List<OptionForm> Options { get; set; } = [new()];

    public string? Proposal { get; set; }

    public string? LegalBasis { get; set; }

    /// <summary>The version the user started editing from (xmin), for the concurrency check.</summary>
    public uint Version { get; set; }

    /// <summary>Which button was pressed: Opslaan als concept, Indienen, Opslaan, Optie toevoegen, Optie n verwijderen.</summary>
    public string? Command { get; set; }

    /// <summary>Filled by the controller for rendering; never bound from the request.</summary>
    [BindNever]
    public DilemmaFormChoices? Choices { get; set; }

    /// <summary>Set when editing: the number of the dilemma, for the form's address.</summary>
    [BindNever]
    public string? Number { get; set; }

    /// <summary>Filled after "Zoek vergelijkbare": past dilemmas like this one, so people reuse instead of re-asking.</summary>
    [BindNever]
    public IReadOnlyList<Search.SearchHit>? Similar { get; set; }

    /// <summary>Set when editing: whether Indienen is offered (a Concept or a returned dilemma).</summary>
    [BindNever]
    public bool CanSubmit { get; set; }

    public IEnumerable<string> AllRiskSignals() =>
        RiskSignals.Concat((OtherRiskSignals ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
