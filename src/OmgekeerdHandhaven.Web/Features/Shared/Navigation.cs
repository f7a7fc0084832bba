using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Shared;

public sealed record NavigationItem(string Label, string Path, IReadOnlyList<string> AllowedRoles);

/// <summary>The main menu. An item shows only when one of the user's roles may use it, the same rule the policies enforce.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationItem> All { get; } =
    [
        new("Mijn werk", "/", Roles.All),
        new("Dilemma's", "/dilemmas", Roles.All),
        new("Afspraken", "/afspraken", Roles.Team),
        new("Zoeken", "/zoeken", Roles.All),
        new("Werkoverleggen", "/werkoverleggen", Roles.Team),
        new("Casusboekjes", "/casusboekjes", Roles.Team),
        new("Oefenen", "/oefenen", Roles.Team),
        new("Dashboard", "/dashboard", [Roles.Beslisser, Roles.Beheerder]),
        new("Beheer", "/beheer/gebruikers", [Roles.Beheerder]),
    ];

    public static IReadOnlyList<NavigationItem> For(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(item => item.AllowedRoles.Any(held.Contains))];
    }
}
