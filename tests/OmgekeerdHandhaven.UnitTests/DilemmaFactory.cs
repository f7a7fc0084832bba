using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>Builds dilemmas in any status through the domain's own transitions, and the actors of the tests.</summary>
internal static class DilemmaFactory
{
    public static readonly Guid MunicipalityId = Guid.NewGuid();
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    public static readonly Actor Author = new(Guid.NewGuid(), new HashSet<string> { Roles.Handhaver });
    public static readonly Actor OtherHandhaver = new(Guid.NewGuid(), new HashSet<string> { Roles.Handhaver });
    public static readonly Actor Consulent = new(Guid.NewGuid(), new HashSet<string> { Roles.Consulent });
    public static readonly Actor Beslisser = new(Guid.NewGuid(), new HashSet<string> { Roles.Beslisser });
    public static readonly Actor Beheerder = new(Guid.NewGuid(), new HashSet<string> { Roles.Beheerder });

    public static readonly PolicyArea Participatiewet = new(MunicipalityId, "Participatiewet", 0);
    public static readonly PolicyArea Jeugdhulp = new(MunicipalityId, "Jeugdhulp", 1);

    public static Actor ActorNamed(string name) => name switch
    {
        "auteur" => Author,
        "andere handhaver" => OtherHandhaver,
        "consulent" => Consulent,
        "beslisser" => Beslisser,
        "beheerder" => Beheerder,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static DilemmaContent Content(string title = "Gezin met hennepplantage en jeugdhulp") => new(
        title,
        "Een gezin met een bijstandsuitkering blijkt een hennepplantage op zolder te hebben. Het gezin krijgt ook jeugdhulp.",
        "Beëindigen we de uitkering direct, of geven we jeugdhulp eerst de tijd?",
        "Veiligheid van de kinderen, rechtmatigheid van de uitkering.",
        [Participatiewet, Jeugdhulp],
        ChainPhase.RunningBenefit,
        ["hennep", "jeugdhulp betrokken"],
        [new DilemmaOption("Uitkering direct beëindigen en boete opleggen", "Gezin raakt in acute financiële nood."),
         new DilemmaOption("Jeugdhulp 6 weken de tijd geven", "Handhaving start later.")],
        "Middenweg met afspraken met de jeugdhulpverlener.",
        "art. 17 Participatiewet");

    public static Dilemma In(DilemmaStatus status)
    {
        var dilemma = Dilemma.CreateDraft(MunicipalityId, new DilemmaNumber(2026, 42), Author, Content(), Now);
        switch (status)
        {
            case DilemmaStatus.Draft:
                break;
            case DilemmaStatus.UnderDiscussion:
                dilemma.Submit(Author, Now);
                break;
            case DilemmaStatus.ReturnedToAuthor:
                dilemma.Submit(Author, Now);
                dilemma.ReturnToAuthor(Beslisser, "Situatie is nog te vaag.", Now);
                break;
            case DilemmaStatus.Decided:
                dilemma.Submit(Author, Now);
                dilemma.Decide(Beslisser, "Middenweg", "Past bij de visie.", [Agreement(DateOnly.FromDateTime(Now.Date).AddDays(42))], Now);
                break;
            case DilemmaStatus.Withdrawn:
                dilemma.Withdraw(Author, "Niet meer nodig.", Now);
                break;
        }

        return dilemma;
    }

    public static AgreementTerms Agreement(DateOnly due) =>
        new("Jeugdhulp krijgt 6 weken om het gezin te stabiliseren.", "jeugdhulpverlener", null, due, "Handhaving start alsnog.");
}
