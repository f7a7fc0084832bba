namespace OmgekeerdHandhaven.Bench;

/// <summary>
/// Realistic synthetic dilemmas of the social domain, about 1 KB each, from a fixed seed: sentences built from domain
/// vocabulary with compounds, a long tail of rarer words, and the commonest domain words (bijstand, uitkering, boete,
/// jeugdhulp, terugvordering) each in at least 30 % of the dilemmas, as in real life.
/// </summary>
internal sealed class DutchCaseGenerator(int seed)
{
    private readonly Random _random = new(seed);

    public static readonly string[] CommonWords = ["bijstand", "uitkering", "boete", "jeugdhulp", "terugvordering"];

    private static readonly string[] Households =
    [
        "Een alleenstaande moeder", "Een gezin met drie kinderen", "Een jongere van 22", "Een oudere man", "Een stel met een baby",
        "Een ondernemer met een webwinkel", "Een statushouder", "Een vader met co-ouderschap", "Een student die weer thuis woont",
        "Een weduwe", "Een gezin met een zorgbehoevend kind", "Een man met psychische klachten",
    ];

    private static readonly string[] Findings =
    [
        "blijkt inkomsten uit zwart werk te hebben", "heeft een hennepkwekerij op zolder", "woont vermoedelijk samen met een partner",
        "heeft vermogen in het buitenland", "verhuurt een kamer aan een student", "ontving een erfenis van een tante",
        "verkoopt wekelijks spullen via internet", "verbleef zes weken in het buitenland", "heeft een auto op naam van een broer",
        "ontvangt alimentatie die niet is gemeld", "heeft een bijbaan in de horeca", "werkt in een kapsalon zonder loonstrook",
        "heeft een woonboot als tweede adres", "krijgt giften van familie voor de huur", "heeft cryptovaluta verzwegen",
        "gebruikt het wmo-vervoer voor ritten naar het werk", "heeft een scootmobiel doorverkocht", "heeft schulden bij een incassobureau",
    ];

    private static readonly string[] CommonSentences =
    [
        "Het huishouden ontvangt al twee jaar bijstand en heeft weinig buffer.",
        "De uitkering is de enige bron van inkomsten van het gezin.",
        "Een boete zou de financiële problemen flink vergroten.",
        "De kinderen krijgen jeugdhulp vanwege opvoedproblemen en spanningen thuis.",
        "Een terugvordering over de hele periode loopt in de duizenden euro's.",
    ];

    private static readonly string[] FillerSentences =
    [
        "De consulent kent het gezin al langer en ziet voorzichtige vooruitgang.",
        "Het wijkteam is betrokken en heeft wekelijks contact met de ouders.",
        "Er is een melding binnengekomen via de woningcorporatie.",
        "Tijdens het huisbezoek werd de situatie besproken met beide ouders.",
        "De inlichtingenplicht is geschonden, maar de omstandigheden zijn verzachtend.",
        "De schuldhulpverlener wil eerst een betalingsregeling treffen.",
        "Het dossier bevat eerdere waarschuwingen over het melden van wijzigingen.",
        "De kostendelersnorm is mogelijk van toepassing sinds de verhuizing.",
        "Er loopt een traject bij de geestelijke gezondheidszorg.",
        "De handhaver twijfelt tussen strikt optreden en ruimte voor herstel.",
        "De gemeente wil voorkomen dat het gezin in acute financiële nood raakt.",
        "Een zelfmelding kwam pas nadat het onderzoek was gestart.",
        "De bewindvoerder is op de hoogte en werkt mee.",
        "De leerplichtambtenaar meldt veel schoolverzuim bij de oudste.",
        "Het energieverbruik op het adres is opvallend hoog.",
        "De verhuurder bevestigt dat er meer mensen op het adres wonen.",
    ];

    private static readonly string[] Questions =
    [
        "Beëindigen we de uitkering direct of geven we het gezin eerst de tijd?",
        "Leggen we een boete op, of volstaat een waarschuwing?",
        "Vorderen we alles terug of houden we rekening met de schulden?",
        "Gaat handhaving voor, of het belang van de kinderen?",
        "Stellen we de bijstand opnieuw vast of schorten we de betaling op?",
        "Wachten we het advies van het wijkteam af voordat we besluiten?",
    ];

    private static readonly string[] Solutions =
    [
        "We kiezen de middenweg: de terugvordering blijft staan met een betalingsregeling naar draagkracht.",
        "Geen boete maar een schriftelijke waarschuwing; bij herhaling volgt alsnog een boete.",
        "De uitkering wordt per direct herzien; de jeugdhulp krijgt zes weken om het gezin te stabiliseren.",
        "De bijstand wordt opgeschort tot de gevraagde stukken binnen zijn; het wijkteam begeleidt.",
        "De terugvordering wordt beperkt tot de periode na de laatste melding.",
    ];

    private static readonly string[] Rationales =
    [
        "Dit past bij de visie: eerst de mens, dan de regel, zonder het recht uit het oog te verliezen.",
        "De belangen van de kinderen wegen zwaar; handhaving mag de hulp niet ondermijnen.",
        "Consequent optreden is nodig, maar met maatwerk naar de draagkracht van het huishouden.",
    ];

    private static readonly string[] Comments =
    [
        "Is de jeugdhulpverlener al op de hoogte van het voorstel?",
        "Vergelijkbaar met de casus van vorig jaar over de kostendeler.",
        "Graag de afspraak over de betalingsregeling vastleggen.",
        "Wie controleert of de situatie echt is veranderd?",
    ];

    // A long tail of rarer words: each appears in a small share of the dilemmas, like real specific facts.
    private static readonly string[] RareWords =
    [
        "kippenhok", "strandtent", "volkstuin", "duiventil", "caravan", "zonnepanelen", "marktkraam", "viskraam", "taxibus",
        "schoonheidssalon", "nagelstudio", "fietsenmaker", "bezorgdienst", "klusbedrijf", "pedicure", "hondenuitlaatservice",
        "zorgboerderij", "tuinhuisje", "logeerkamer", "zolderkamer", "garagebox", "bedrijfsbus", "vrachtwagen", "camper",
        "paardenstal", "webwinkel", "kringloopwinkel", "bloemenstal", "ijssalon", "snackbar", "shishalounge", "belwinkel",
        "koeriersdienst", "glazenwasser", "schilder", "stukadoor", "hovenier", "kapper", "bijlesdocent", "oppas",
    ];

    public static readonly string[] PolicyAreas = ["Participatiewet", "Jeugdhulp", "Wmo", "Schuldhulpverlening", "GGZ en verslavingszorg", "Veiligheid", "Wonen", "Onderwijs", "Inburgering"];

    public static readonly string[] Phases = ["Application", "RunningBenefit", "Reassessment", "RecoveryAndFine", "Other"];

    public GeneratedCase Next()
    {
        var household = Pick(Households);
        var finding = Pick(Findings);
        var rare = Pick(RareWords);
        var title = $"{household} {finding}";
        var sentences = new List<string> { $"{household} {finding}.", $"Het gaat onder meer om een {rare} die niet bij de gemeente bekend was." };
        foreach (var common in CommonSentences)
        {
            if (_random.NextDouble() < 0.36)
            {
                sentences.Add(common);
            }
        }

        while (sentences.Count < 7)
        {
            sentences.Add(Pick(FillerSentences));
        }

        Shuffle(sentences, from: 1);
        var roll = _random.NextDouble();
        var status = roll switch
        {
            < 0.50 => "Decided",
            < 0.72 => "UnderDiscussion",
            < 0.78 => "ReturnedToAuthor",
            < 0.83 => "Withdrawn",
            _ => "Draft",
        };
        var comments = status == "Draft" ? [] : Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Pick(Comments)).ToArray();
        return new GeneratedCase(
            title.Length > 150 ? title[..150] : title,
            string.Join(' ', sentences),
            Pick(Questions),
            status,
            Pick(Phases),
            [.. PolicyAreas.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3))],
            status == "Decided" ? (Pick(Solutions), Pick(Rationales)) : null,
            comments,
            new DateTimeOffset(2019, 1, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(_random.Next(0, 8 * 365 * 24 * 60)));
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private void Shuffle<T>(List<T> items, int from)
    {
        for (var i = items.Count - 1; i > from; i--)
        {
            var j = _random.Next(from, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

internal sealed record GeneratedCase(
    string Title, string Situation, string Question, string Status, string Phase, string[] PolicyAreas,
    (string Solution, string Rationale)? Decision, string[] Comments, DateTimeOffset CreatedAt);
