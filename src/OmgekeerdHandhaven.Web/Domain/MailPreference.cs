namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>One colleague's choice for one kind of e-mail; without a row the kind's default applies.</summary>
public sealed class MailPreference : ITenantOwned
{
    private MailPreference()
    {
    }

    public MailPreference(Guid municipalityId, Guid userId, NotificationKind kind, MailFrequency frequency)
    {
        MunicipalityId = municipalityId;
        UserId = userId;
        Kind = kind;
        Frequency = frequency;
    }

    public Guid MunicipalityId { get; private set; }

    public Guid UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public MailFrequency Frequency { get; set; }
}
