using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Shared;

public sealed record NavigationItem(string Label, string Path, Func<Actor, bool> Shows);

/// <summary>
/// The main menu. An item shows when the domain's rule for its part of the register (<see cref="Access"/>) lets the user
/// in — the same rule its authorisation policy asks, so a menu item never leads to "geen toegang".
/// </summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationItem> All { get; } =
    [
        new("Mijn werk", "/", Access.IsColleague),
        new("Dilemma's", "/dilemmas", Access.IsColleague),
        new("Afspraken", "/afspraken", Access.IsColleague),
        new("Zoeken", "/zoeken", Access.IsColleague),
        new("Werkoverleggen", "/werkoverleggen", Access.WorksWithDilemmas),
        new("Casusboekjes", "/casusboekjes", Access.WorksWithDilemmas),
        new("Oefenen", "/oefenen", Access.WorksWithDilemmas),
        new("Dashboard", "/dashboard", Access.SeesDashboard),
        new("Beheer", "/beheer/gebruikers", Access.Administers),
    ];

    public static IReadOnlyList<NavigationItem> For(Actor actor) => [.. All.Where(item => item.Shows(actor))];

    /// <summary>For the signed-in user's role claims.</summary>
    public static IReadOnlyList<NavigationItem> For(IEnumerable<string> roles) =>
        For(new Actor(Guid.Empty, roles.ToHashSet(StringComparer.Ordinal)));
}
