namespace OmgekeerdHandhaven.Web.Features.Errors;

/// <summary>
/// A form that could not be saved because the database was unavailable, handed back to the user so nothing typed is
/// lost: its fields go along as hidden inputs to send again, the free texts are shown to read or copy.
/// </summary>
public sealed record KeptForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>
    /// The free-text fields of the app's forms with the Dutch labels their screens use, by the last part of the field
    /// name ("Form.Title", "Options[1].Description" and "Agreements[0].Description" alike).
    /// </summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Title"] = "Titel", ["Situation"] = "Situatie", ["Question"] = "Dilemma", ["Interests"] = "Belangen",
        ["Proposal"] = "Voorstel", ["LegalBasis"] = "Juridische grondslag", ["Description"] = "Omschrijving",
        ["Consequences"] = "Gevolgen", ["Solution"] = "Oplossing", ["Rationale"] = "Motivering", ["Responsible"] = "Verantwoordelijke",
        ["Fallback"] = "Als het niet lukt", ["Reason"] = "Reden", ["Body"] = "Reactie", ["Note"] = "Toelichting",
        ["Approach"] = "Uw aanpak", ["Notes"] = "Aantekeningen", ["Vision"] = "Visie op handhaving",
        ["Introduction"] = "Inleiding", ["Name"] = "Naam", ["Team"] = "Team", ["DisplayName"] = "Naam",
    };

    public IEnumerable<(string Label, string Value)> Texts =>
        Fields.Where(f => !string.IsNullOrWhiteSpace(f.Value) && Labels.ContainsKey(LastPart(f.Key))).Select(f => (Labels[LastPart(f.Key)], f.Value));

    /// <summary>The posted form minus what must not travel back: the old antiforgery token (the page makes a fresh one) and passwords.</summary>
    public static KeptForm? From(string action, IFormCollection form)
    {
        if (form.Files.Count > 0)
        {
            return null;
        }

        var fields = form
            .Where(f => f.Key != "__RequestVerificationToken" && !f.Key.Contains("password", StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty)))
            .ToList();
        return fields.Count == 0 ? null : new KeptForm(action, fields);
    }

    private static string LastPart(string name) => name[(name.LastIndexOf('.') + 1)..];
}
