namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// The domains and risk signals every gemeente starts with, so a new gemeente can log its first dilemma at once
/// (Nieuw dilemma needs at least one Domein). Each gemeente's lists are its own from then on.
/// </summary>
public static class StandardLists
{
    public static readonly IReadOnlyList<string> PolicyAreas =
    [
        "Participatiewet", "Jeugdhulp", "Wmo", "Schuldhulpverlening", "GGZ en verslavingszorg",
        "Veiligheid", "Wonen", "Onderwijs", "Inburgering",
    ];

    public static readonly IReadOnlyList<string> RiskSignals =
    [
        "hennep", "jeugdhulp betrokken", "inkomsten niet gemeld", "samenwonen niet gemeld", "onduidelijk woonadres",
        "vermogen in het buitenland", "zwart werk", "schulden", "verslaving", "huiselijk geweld",
        "kinderen in het gezin", "psychische problemen",
    ];

    /// <summary>The entries of both lists that <paramref name="municipalityId"/> does not have yet.</summary>
    public static (List<PolicyArea> Areas, List<RiskSignal> Signals) Missing(Guid municipalityId, ICollection<string> existingAreas, ICollection<string> existingSignals) =>
        ([.. PolicyAreas.Select((name, index) => (name, index)).Where(a => !existingAreas.Contains(a.name)).Select(a => new PolicyArea(municipalityId, a.name, a.index))],
         [.. RiskSignals.Select((name, index) => (name, index)).Where(s => !existingSignals.Contains(s.name)).Select(s => new RiskSignal(municipalityId, s.name, s.index))]);
}
