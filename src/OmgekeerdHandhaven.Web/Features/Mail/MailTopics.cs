using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>
/// A kind of e-mail a colleague chooses a frequency for on Mijn profiel › E-mail; shown only to colleagues with one of
/// <c>ForRoles</c> (empty: to everyone).
/// </summary>
public sealed record MailTopic(
    NotificationKind Kind, string Label, MailFrequency Default, IReadOnlyList<MailFrequency> Choices, IReadOnlyList<string> ForRoles,
    IReadOnlyDictionary<MailFrequency, string>? ChoiceLabels = null)
{
    public bool AppliesTo(IEnumerable<string> roles) => ForRoles.Count == 0 || roles.Any(ForRoles.Contains);

    public string LabelOf(MailFrequency frequency) => ChoiceLabels?.GetValueOrDefault(frequency) ?? frequency.ToDutch();
}

/// <summary>
/// The kinds of e-mail, in the order the profile lists them, with their defaults. A kind not listed (a security
/// message) cannot be switched off: the colleague must hear that their account was changed.
/// </summary>
public static class MailTopics
{
    /// <summary>The daily overview goes out at 07.00 uur Dutch time, before the working day.</summary>
    public static readonly TimeOnly OverviewTime = new(7, 0);

    private static readonly MailFrequency[] All = [MailFrequency.Direct, MailFrequency.Daily, MailFrequency.Never];

    public static readonly IReadOnlyList<MailTopic> List =
    [
        new(NotificationKind.Mentioned, "Een collega noemt u in een reactie", MailFrequency.Direct, All, []),
        new(NotificationKind.QuestionAnswered, "Er is gereageerd op uw vraag", MailFrequency.Direct, All, []),
        new(NotificationKind.Commented, "Een reactie op een dilemma dat u volgt", MailFrequency.Direct, All, []),
        new(NotificationKind.Returned, "Een dilemma dat u volgt is teruggestuurd", MailFrequency.Direct, All, []),
        new(NotificationKind.Decided, "Over een dilemma dat u volgt is besloten", MailFrequency.Direct, All, []),
        new(NotificationKind.ResponsibleForAgreement, "U bent verantwoordelijk geworden voor een afspraak", MailFrequency.Direct, All, []),
        new(NotificationKind.AgreementDue, "Uw afspraak moet binnen drie dagen klaar zijn, of is verlopen", MailFrequency.Direct, All, []),
        new(NotificationKind.OnAgenda, "Uw dilemma staat op de agenda van een werkoverleg", MailFrequency.Direct, All, []),
        new(NotificationKind.AgendaReady, "De agenda van een werkoverleg waarvoor u bent uitgenodigd", MailFrequency.Direct, All, []),

        // Itself a morning overview, made at 06.55: "direct" is that mail; bundling it once more would add nothing.
        new(NotificationKind.AwaitingDecision, "Elke ochtend: de dilemma's die op een besluit wachten", MailFrequency.Direct,
            [MailFrequency.Direct, MailFrequency.Never], [Roles.Beslisser],
            new Dictionary<MailFrequency, string> { [MailFrequency.Direct] = "Ja, om 06.55 uur", [MailFrequency.Never] = "Geen" }),
    ];

    public static MailTopic? Of(NotificationKind? kind) => List.FirstOrDefault(t => t.Kind == kind);

    public static string ToDutch(this MailFrequency frequency) => frequency switch
    {
        MailFrequency.Direct => "Direct",
        MailFrequency.Daily => "Dagelijks overzicht",
        _ => "Geen",
    };

    /// <summary>The next overview strictly after <paramref name="now"/>: today's 07.00 uur if it is still to come, else tomorrow's.</summary>
    public static DateTimeOffset NextOverview(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(DutchTime.Local(now).DateTime);
        var at = DutchTime.At(today, OverviewTime);
        return at > now ? at : DutchTime.At(today.AddDays(1), OverviewTime);
    }
}
