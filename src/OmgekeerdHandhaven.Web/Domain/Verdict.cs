namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// The answer of a rule: allowed; the actor's to take but not in this status (the API's 409, a page explaining why);
/// or not the actor's to take at all (403).
/// </summary>
public enum Verdict
{
    Allowed,
    NotInThisStatus,
    NotPermitted,
}
