namespace OmgekeerdHandhaven.Web.Features.Shared;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}
