namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// Who may use which part of the register, beside what each aggregate decides for itself (<see cref="Dilemma.Permits"/>,
/// <see cref="TeamMeeting.CanPlan"/>, <see cref="CaseBooklet.CanCompose"/>). The authorisation policies, the main menu
/// and the actions all ask these, so a menu item never leads to a refusal and a gate never disagrees with its action.
/// </summary>
public static class Access
{
    /// <summary>Signed in with at least one role of the register.</summary>
    public static bool IsColleague(Actor actor) => actor.Roles.Any(Roles.IsKnown);

    /// <summary>Handhaver, consulent or beslisser: afspraken, werkoverleggen, casusboekjes, oefenen.</summary>
    public static bool WorksWithDilemmas(Actor actor) => actor.IsHandhaver || actor.IsConsulent || actor.IsBeslisser;

    /// <summary>Beheer: gebruikers, lijsten, synoniemen, visie, uitwisseling importeren, logboek.</summary>
    public static bool Administers(Actor actor) => actor.IsBeheerder;

    public static bool SeesDashboard(Actor actor) => actor.IsBeslisser || actor.IsBeheerder;

    /// <summary>Besloten dilemma's exporteren in het uitwisselformaat (spec/api.md).</summary>
    public static bool ExportsExchange(Actor actor) => actor.IsBeheerder || actor.IsBeslisser;
}
