namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// An entry of one of the gemeente's own lists (domeinen, risicosignalen): named, ordered, and deactivated rather than
/// deleted once dilemmas use it — a dilemma keeps what it was filed under, new dilemmas no longer offer it.
/// </summary>
public interface IListEntry : ITenantOwned
{
    Guid Id { get; }

    string Name { get; }

    int SortOrder { get; }

    bool IsActive { get; }

    void Rename(string name);

    void MoveTo(int sortOrder);

    void Deactivate();

    void Activate();
}
