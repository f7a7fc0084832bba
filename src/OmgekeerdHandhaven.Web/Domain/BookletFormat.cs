namespace OmgekeerdHandhaven.Web.Domain;

public enum BookletFormat
{
    Pdf,
    Docx,
}
