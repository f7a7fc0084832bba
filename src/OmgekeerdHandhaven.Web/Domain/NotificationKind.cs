namespace OmgekeerdHandhaven.Web.Domain;

public enum NotificationKind
{
    Commented,
    Returned,
    Decided,
    AwaitingDecision,
    ResponsibleForAgreement,
    OnAgenda,
    QuestionAnswered,
    Mentioned,
    AgreementDue,
    AgendaReady,
    SecondFactorReset,
}
