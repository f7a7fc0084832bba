namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>Where in the chain the dilemma arises (Fase). A fixed list: the API contract names these values.</summary>
public enum ChainPhase
{
    Application,
    RunningBenefit,
    Reassessment,
    RecoveryAndFine,
    Other,
}
