using System.Security.Claims;
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

    /// <summary>Nieuw dilemma: <see cref="Dilemma.MayCreate"/> (handhaver or consulent, spec/api.md).</summary>
    public const string CreateDilemma = nameof(CreateDilemma);

    public const string Beslisser = nameof(Beslisser);

    /// <summary>Terugsturen, before any dilemma is looked up: <see cref="Dilemma.MayEver"/>.</summary>
    public const string ReturnDilemma = nameof(ReturnDilemma);

    /// <summary>Besluit vastleggen or herzien, before any dilemma is looked up: <see cref="Dilemma.MayEver"/>.</summary>
    public const string DecideDilemma = nameof(DecideDilemma);

    /// <summary>Follow-up of agreements: <see cref="Dilemma.MayEver"/> (handhaver or beslisser).</summary>
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
        options.AddPolicy(Beslisser, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beslisser));

        // The dilemma's gates ask the domain's own rules, so a screen, the API and the action behind them cannot disagree.
        options.AddPolicy(CreateDilemma, p => p.RequireAuthenticatedUser().RequireAssertion(c => Signed(c, Dilemma.MayCreate)));
        options.AddPolicy(ReturnDilemma, p => p.RequireAuthenticatedUser().RequireAssertion(c => Signed(c, a => Dilemma.MayEver(DilemmaAction.Return, a))));
        options.AddPolicy(DecideDilemma, p => p.RequireAuthenticatedUser().RequireAssertion(c => Signed(c, a => Dilemma.MayEver(DilemmaAction.Decide, a))));
        options.AddPolicy(FollowUpAgreements, p => p.RequireAuthenticatedUser().RequireAssertion(c => Signed(c, a => Dilemma.MayEver(DilemmaAction.FollowUpAgreements, a))));
        options.AddPolicy(Dashboard, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beslisser, Roles.Beheerder));
        options.AddPolicy(ExchangeExport, p => p.RequireAuthenticatedUser().RequireRole(Roles.Beheerder, Roles.Beslisser));
        options.FallbackPolicy = options.GetPolicy(AnyRole);
    }

    private static bool Signed(AuthorizationHandlerContext context, Func<Actor, bool> rule) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(ClaimTypes.NameIdentifier) is not null && rule(context.User.ToActor());
}
