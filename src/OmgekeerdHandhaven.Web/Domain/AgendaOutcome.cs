namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>What a werkoverleg did with one agenda item.</summary>
public enum AgendaOutcome
{
    /// <summary>Not discussed yet.</summary>
    Pending,

    /// <summary>A Beslisser recorded the decision during the meeting.</summary>
    Decided,

    /// <summary>Sent back to the author with a reason.</summary>
    Returned,

    /// <summary>Postponed: stays Ter bespreking and is offered for the next werkoverleg.</summary>
    NextTime,
}
