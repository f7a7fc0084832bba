namespace OmgekeerdHandhaven.Web.Features.Practice;

/// <summary>Uw aanpak: what the learner would do, before seeing the agreed solution.</summary>
public sealed class PracticeAnswerForm
{
    public string? Approach { get; set; }

    /// <summary>The practice set being worked through, if any.</summary>
    public Guid? Set { get; set; }
}
