namespace OmgekeerdHandhaven.Web.Domain;

public static class ChainPhaseNames
{
    public static string ToDutch(this ChainPhase phase) => phase switch
    {
        ChainPhase.Application => "Aanvraag",
        ChainPhase.RunningBenefit => "Lopende uitkering",
        ChainPhase.Reassessment => "Heronderzoek",
        ChainPhase.RecoveryAndFine => "Terugvordering en boete",
        ChainPhase.Other => "Overig",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };
}
