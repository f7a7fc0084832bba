namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>How a colleague wants e-mail of one kind: at once, bundled in the overview of 07.00 uur, or not at all.</summary>
public enum MailFrequency
{
    Direct,
    Daily,
    Never,
}
