namespace OmgekeerdHandhaven.Web.Domain;

public enum AgreementStatus
{
    Open,
    Kept,
    NotKept,
}
