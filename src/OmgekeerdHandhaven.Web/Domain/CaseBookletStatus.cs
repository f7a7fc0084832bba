namespace OmgekeerdHandhaven.Web.Domain;

public enum CaseBookletStatus
{
    /// <summary>Being composed; shows the dilemmas as they are now.</summary>
    Draft,

    /// <summary>Frozen: later revisions of a decision do not change this edition.</summary>
    Published,
}
