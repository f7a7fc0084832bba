namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>The actions the logboek records, with the Dutch word a Beheerder filters on.</summary>
public static class AuditActions
{
    public const string Create = "aangemaakt";
    public const string Edit = "gewijzigd";
    public const string Submit = "ingediend";
    public const string Return = "teruggestuurd";
    public const string Decide = "besloten";
    public const string Revise = "besluit herzien";
    public const string Withdraw = "ingetrokken";
    public const string Comment = "reactie geplaatst";
    public const string AgreementStatus = "afspraak bijgewerkt";
    public const string UserCreated = "gebruiker aangemaakt";
    public const string UserChanged = "gebruiker gewijzigd";
    public const string UserDeactivated = "gebruiker gedeactiveerd";
    public const string UserActivated = "gebruiker geactiveerd";
    public const string PasswordReset = "wachtwoord hersteld";
    public const string PasswordChanged = "wachtwoord gewijzigd";
    public const string Login = "ingelogd";
    public const string LoginFailed = "inloggen mislukt";
    public const string AccessDenied = "toegang geweigerd";
    public const string TokenCreated = "token aangemaakt";
    public const string TokenRevoked = "token ingetrokken";
    public const string VisionChanged = "visie gewijzigd";
    public const string SynonymsChanged = "synoniemen gewijzigd";
    public const string ListChanged = "lijst gewijzigd";
    public const string TeamMeeting = "werkoverleg";
    public const string CaseBooklet = "casusboekje";
    public const string Exchange = "uitgewisseld";
    public const string SecondFactor = "tweestapsverificatie";
    public const string LoginSettingsChanged = "inloggen ingesteld";
    public const string MailRetried = "e-mail opnieuw";
    public const string Redacted = "tekst verwijderd";
    public const string RetentionChanged = "bewaartermijnen";

    public static IReadOnlyList<string> All { get; } =
    [
        Create, Edit, Submit, Return, Decide, Revise, Withdraw, Comment, AgreementStatus,
        UserCreated, UserChanged, UserDeactivated, UserActivated, PasswordReset, PasswordChanged,
        Login, LoginFailed, AccessDenied, TokenCreated, TokenRevoked, VisionChanged, SynonymsChanged, ListChanged, TeamMeeting, CaseBooklet, Exchange, SecondFactor, LoginSettingsChanged, MailRetried, Redacted, RetentionChanged,
    ];
}
