using Microsoft.AspNetCore.Authorization;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>Named authorisation policies; controllers use these names, never role strings.</summary>
public static class Policies
{
    /// <summary>Any colleague with at least one role.</summary>
    public const string AnyRole = nameof(AnyRole);

    /// <summary>Handhaver, Consulent or Beslisser: those who work with dilemmas.</summary>
    public const string Team = nameof(Team);

    public const string Beheer = nameof(Beheer);

    /// <summary>Nieuw dilemma: Handhaver or Consulent (spec/api.md).</summary>
    public const string CreateDilemma = nameof(CreateDilemma);

    public const string Beslisser = nameof(Beslisser);

    /// <summary>Follow-up of agreements: Handhaver or Beslisser.</summary>
    public const string FollowUpAgreements = nameof(FollowUpAgreements);

    /// <summary>The dashboard: Beslisser or Beheerder.</summary>
    public const string Dashboard = nameof(Dashboard);

    /// <summary>Exporting decided dilemmas in the exchange format: Beheerder or Beslisser (spec/api.md).</summary>
    public const string ExchangeExport = nameof(ExchangeExport);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(AnyRole, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Team, p => p.RequireAuthenticatedUser().RequireRole(Roles.Team));
        options.AddPolicy(Beheer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beheerder));
        options.AddPolicy(CreateDilemma, p => p.RequireAuthenticatedUser().RequireRole(Roles.Handhaver, Roles.Consulent));
        options.AddPolicy(Beslisser, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beslisser));
        options.AddPolicy(FollowUpAgreements, p => p.RequireAuthenticatedUser().RequireRole(Roles.Handhaver, Roles.Beslisser));
        options.AddPolicy(Dashboard, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beslisser, Roles.Beheerder));
        options.AddPolicy(ExchangeExport, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beheerder, Roles.Beslisser));
        options.FallbackPolicy = options.GetPolicy(AnyRole);
    }
}
