using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data;

/// <summary>
/// Adds a logboek entry to the same unit of work as the action, so the action and its entry are saved together or not at all.
/// Summaries name objects by number or id, never by personal data.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    public void Record(Guid municipalityId, Guid? actorId, string action, string entityType, string entityKey, string summary) =>
        db.Add(new AuditEntry(municipalityId, actorId, clock.GetUtcNow(), action, entityType, entityKey, summary));

    public void Record(Dilemma dilemma, Actor actor, string action, string summary) =>
        Record(dilemma.MunicipalityId, actor.UserId, action, "Dilemma", dilemma.Number.ToString(), summary);
}
