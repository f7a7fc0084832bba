namespace OmgekeerdHandhaven.Web.Domain;

public enum BookletExportStatus
{
    Queued,
    Running,
    Done,
    Failed,
}
