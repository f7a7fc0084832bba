using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>Named authorisation policies; controllers use these names, never role strings.</summary>
public static class Policies
{
    /// <summary>Any colleague with at least one role: <see cref="Access.IsColleague"/>.</summary>
    public const string AnyRole = nameof(AnyRole);

    /// <summary>Those who work with dilemmas: <see cref="Access.WorksWithDilemmas"/>.</summary>
    public const string Team = nameof(Team);

    /// <summary>Beheer: <see cref="Access.Administers"/>.</summary>
    public const string Beheer = nameof(Beheer);

    /// <summary>Nieuw dilemma: <see cref="Dilemma.MayCreate"/> (handhaver or consulent, spec/api.md).</summary>
    public const string CreateDilemma = nameof(CreateDilemma);

    /// <summary>Oefensets samenstellen: <see cref="PracticeSet.CanCompose"/>.</summary>
    public const string ComposePracticeSets = nameof(ComposePracticeSets);

    /// <summary>Terugsturen, before any dilemma is looked up: <see cref="Dilemma.MayEver"/>.</summary>
    public const string ReturnDilemma = nameof(ReturnDilemma);

    /// <summary>Besluit vastleggen or herzien, before any dilemma is looked up: <see cref="Dilemma.MayEver"/>.</summary>
    public const string DecideDilemma = nameof(DecideDilemma);

    /// <summary>Follow-up of agreements: <see cref="Dilemma.MayEver"/> (handhaver or beslisser).</summary>
    public const string FollowUpAgreements = nameof(FollowUpAgreements);

    /// <summary>The dashboard: <see cref="Access.SeesDashboard"/>.</summary>
    public const string Dashboard = nameof(Dashboard);

    /// <summary>Exporting decided dilemmas in the exchange format: <see cref="Access.ExportsExchange"/> (spec/api.md).</summary>
    public const string ExchangeExport = nameof(ExchangeExport);

    public static void Configure(AuthorizationOptions options)
    {
        // Every gate asks the domain's own rules, so a screen, the API, the menu and the action behind them cannot disagree.
        Add(options, AnyRole, Access.IsColleague);
        Add(options, Team, Access.WorksWithDilemmas);
        Add(options, Beheer, Access.Administers);
        Add(options, ComposePracticeSets, PracticeSet.CanCompose);
        Add(options, CreateDilemma, Dilemma.MayCreate);
        Add(options, ReturnDilemma, a => Dilemma.MayEver(DilemmaAction.Return, a));
        Add(options, DecideDilemma, a => Dilemma.MayEver(DilemmaAction.Decide, a));
        Add(options, FollowUpAgreements, a => Dilemma.MayEver(DilemmaAction.FollowUpAgreements, a));
        Add(options, Dashboard, Access.SeesDashboard);
        Add(options, ExchangeExport, Access.ExportsExchange);
        options.FallbackPolicy = options.GetPolicy(AnyRole);
    }

    private static void Add(AuthorizationOptions options, string name, Func<Actor, bool> rule) =>
        options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireAssertion(c => Signed(c, rule)));

    private static bool Signed(AuthorizationHandlerContext context, Func<Actor, bool> rule) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(ClaimTypes.NameIdentifier) is not null && rule(context.User.ToActor());
}
