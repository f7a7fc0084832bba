namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>One edit of a dilemma: who, when and which fields changed from what to what.</summary>
public sealed class DilemmaRevision : ITenantOwned
{
    private DilemmaRevision()
    {
        Changes = [];
    }

    internal DilemmaRevision(Guid municipalityId, int number, Guid editedById, DateTimeOffset editedAt, IReadOnlyList<FieldChange> changes)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Number = number;
        EditedById = editedById;
        EditedAt = editedAt;
        Changes = [.. changes];
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid DilemmaId { get; private set; }

    public int Number { get; private set; }

    public Guid EditedById { get; private set; }

    public DateTimeOffset EditedAt { get; private set; }

    public List<FieldChange> Changes { get; private set; }

    public void Redact(Redaction redaction)
    {
        var changes = Changes.Select(c => c with { Before = redaction.Apply(c.Before, "Geschiedenis"), After = redaction.Apply(c.After, "Geschiedenis") }).ToList();
        if (!changes.SequenceEqual(Changes))
        {
            Changes = changes;
        }
    }
}
