namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>Who performs an action, with the roles that decide what they may do. Built from the signed-in user or token.</summary>
public sealed record Actor(Guid UserId, IReadOnlySet<string> Roles)
{
    public bool IsBeslisser => Roles.Contains(Web.Domain.Roles.Beslisser);

    public bool IsHandhaver => Roles.Contains(Web.Domain.Roles.Handhaver);

    public bool IsConsulent => Roles.Contains(Web.Domain.Roles.Consulent);

    public bool IsBeheerder => Roles.Contains(Web.Domain.Roles.Beheerder);

    public bool Is(Guid userId) => UserId == userId;
}
