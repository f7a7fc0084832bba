namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>The Dutch words users see for the domain's enum values.</summary>
public static class DutchNames
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

    public static string ToDutch(this DilemmaStatus status) => status switch
    {
        DilemmaStatus.Draft => "Concept",
        DilemmaStatus.UnderDiscussion => "Ter bespreking",
        DilemmaStatus.ReturnedToAuthor => "Teruggestuurd",
        DilemmaStatus.Decided => "Besloten",
        DilemmaStatus.Withdrawn => "Ingetrokken",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ToDutch(this CommentKind kind) => kind switch
    {
        CommentKind.Question => "Vraag",
        CommentKind.Risk => "Risico",
        CommentKind.Suggestion => "Suggestie",
        CommentKind.Remark => "Opmerking",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToDutch(this AgendaOutcome outcome) => outcome switch
    {
        AgendaOutcome.Pending => "Nog niet besproken",
        AgendaOutcome.Decided => "Besloten",
        AgendaOutcome.Returned => "Teruggestuurd",
        AgendaOutcome.NextTime => "Volgende keer",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string ToDutch(this AgreementStatus status) => status switch
    {
        AgreementStatus.Open => "Open",
        AgreementStatus.Kept => "Nagekomen",
        AgreementStatus.NotKept => "Niet nagekomen",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
