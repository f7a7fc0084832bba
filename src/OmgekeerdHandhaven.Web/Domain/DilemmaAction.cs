namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>What someone can do to a dilemma; <see cref="Dilemma.Permits"/> says who may, and in which status.</summary>
public enum DilemmaAction
{
    Edit,
    Submit,
    Return,
    Decide,
    Withdraw,
    Comment,
    FollowUpAgreements,
}
