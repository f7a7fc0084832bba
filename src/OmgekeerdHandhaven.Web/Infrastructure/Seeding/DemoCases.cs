using OmgekeerdHandhaven.Web.Domain;
using static OmgekeerdHandhaven.Web.Domain.DilemmaStatus;

namespace OmgekeerdHandhaven.Web.Infrastructure.Seeding;

/// <summary>
/// Realistic, anonymised dilemmas of a social-domain enforcement team — no names, numbers or addresses of clients.
/// The first is the article's family with a cannabis plantation and youth care.
/// </summary>
internal static class DemoCases
{
    public const string Vision =
        "Wij handhaven om mensen terug te brengen naar rechtmatigheid, niet om te straffen. Handhaving begint vooraan: " +
        "een goede aanvraag en een goed gesprek voorkomen later een terugvordering.\n\n" +
        "Bij gezinnen met kinderen wegen we de gevolgen voor de kinderen altijd mee. We kiezen liever een middenweg met " +
        "duidelijke afspraken en een deadline dan een uiterste: niet direct beëindigen en beboeten, maar ook niet wegkijken.\n\n" +
        "Veiligheid gaat voor: is een situatie onveilig, dan handelen we direct, samen met Veilig Thuis en het wijkteam.";

    public static IReadOnlyList<DemoCase> Voorbeeld { get; } =
    [
        new("handhaver", 75, Decided,
            "Bijstandsgezin met hennepplantage en lopende jeugdhulp",
            "Bij een huisbezoek na een melding van de woningcorporatie blijkt dat een gezin met een bijstandsuitkering op zolder een hennepplantage heeft. " +
            "Het gezin heeft drie kinderen en krijgt sinds een half jaar jeugdhulp vanwege opvoedproblemen. De jeugdhulpverlener ziet voorzichtige vooruitgang. " +
            "De inkomsten uit de hennep zijn niet gemeld; de omvang is nog onbekend.",
            "Beëindigen we de uitkering direct en leggen we een boete op, of geven we de jeugdhulp eerst de ruimte om het gezin te stabiliseren?",
            "Rechtmatigheid van de uitkering, de veiligheid en ontwikkeling van de kinderen, de lopende hulpverlening, geloofwaardigheid van handhaving.",
            ["Participatiewet", "Jeugdhulp", "Veiligheid"], ChainPhase.RunningBenefit, ["hennep", "jeugdhulp betrokken", "inkomsten niet gemeld", "kinderen in het gezin"],
            [("Uitkering direct beëindigen, terugvorderen en een boete opleggen", "Rechtmatig, maar het gezin raakt in acute geldnood en de jeugdhulp loopt vast."),
             ("Jeugdhulp het laten oppakken; handhaving blijft buiten beeld", "Het gezin blijft stabiel, maar de onrechtmatigheid duurt voort en het signaal is: het loont."),
             ("Middenweg: jeugdhulp krijgt 6 weken om te stabiliseren, daarna handhaving", "Rechtmatigheid wordt hersteld zonder de hulp te breken; vraagt strakke afspraken.")],
            "Middenweg met afspraken met de jeugdhulpverlener en een deadline voor zelfmelding.",
            "art. 17 lid 1 Participatiewet; art. 58 Participatiewet")
        {
            EditedTitle = "Bijstandsgezin met hennepplantage op zolder en lopende jeugdhulp",
            Comments =
            [
                (CommentKind.Question, "consulent", "Is de situatie veilig voor de kinderen? Een plantage op zolder betekent brandgevaar door illegale stroomaansluiting."),
                (CommentKind.Risk, "handhaver", "Als we te lang wachten, wordt de terugvordering hoger en de schuld voor het gezin groter."),
                (CommentKind.Suggestion, "teamleider", "Laat de jeugdhulpverlener het gezin helpen om de inkomsten zelf te melden; dat houdt het gezin aan zet."),
            ],
            Decision = new("beslisser", 40,
                "We kiezen de middenweg. De jeugdhulpverlener krijgt 6 weken om het gezin voldoende te stabiliseren; daarna start het handhavingsonderzoek. " +
                "De jeugdhulpverlener zet zich ervoor in dat het gezin de inkomsten uit hennep zelf bij de gemeente meldt. De plantage wordt direct ontmanteld.",
                "Beëindigen en beboeten zou de lopende hulp breken en de kinderen raken; wegkijken past niet bij onze visie op rechtmatigheid. " +
                "Zelfmelding houdt het gezin verantwoordelijk en maakt een lagere boete mogelijk. Bij onveiligheid gaat veiligheid voor en handelen we direct.",
                [
                    new("Jeugdhulp stabiliseert het gezin; daarna start handhaving.", "jeugdhulpverlener", 42, "Handhaving start alsnog na de termijn, zo nodig met een zorgmelding."),
                    new("Het gezin meldt de inkomsten uit hennep zelf bij de gemeente.", "jeugdhulpverlener", 28, "De jeugdhulpverlener meldt het alsnog zelf; daarna volgt het onderzoek zonder zelfmeldingskorting."),
                    new("Controle of de plantage is ontmanteld.", "Sanne de Vries", 7, "Melding aan politie en woningcorporatie.", AgreementStatus.Kept, "Bij huisbezoek gezien: zolder leeg, stroomaansluiting hersteld."),
                ]),
        },
        new("handhaver", 120, Decided,
            "Tweede kweekruimte ontdekt na eerdere afspraak over zelfmelding",
            "Een alleenstaande vader met bijstand had na een eerdere hennepvondst toegezegd de inkomsten zelf te melden. Bij een nieuwe controle blijkt een tweede kweekruimte in een schuur. " +
            "Zijn zoon van 15 krijgt ambulante jeugdhulp.",
            "Houden we vast aan de eerdere afspraak met zelfmelding, of gaan we nu direct over tot terugvordering en boete?",
            "Betrouwbaarheid van afspraken, belang van de zoon, rechtmatigheid.",
            ["Participatiewet", "Jeugdhulp"], ChainPhase.RunningBenefit, ["hennep", "jeugdhulp betrokken"],
            [("Direct terugvorderen en een boete opleggen", "Duidelijk signaal; de vader komt in de schulden en de jeugdhulp staat onder druk."),
             ("Nogmaals een termijn voor zelfmelding", "Het gezin blijft stabiel, maar afspraken verliezen hun waarde.")],
            null, "art. 18a Participatiewet")
        {
            Decision = new("beslisser", 100,
                "Nog één termijn van 4 weken voor zelfmelding, met de jeugdhulpverlener als begeleider.",
                "De zoon zit midden in een traject; een breuk nu zou de hulp tenietdoen.",
                [new("De vader meldt de inkomsten zelf.", "jeugdhulpverlener", 28, "Terugvordering en boete zonder verdere termijn.", AgreementStatus.NotKept, "Geen melding ontvangen; besluit herzien.")]),
            Revision = new("teamleider", 60,
                "Terugvordering over de hele periode en een boete; de jeugdhulpverlener blijft betrokken en we bieden een betalingsregeling aan.",
                "De tweede afspraak is niet nagekomen. Een derde kans past niet bij onze visie; de betalingsregeling voorkomt dat de schuld de hulp verstoort.",
                [new("Betalingsregeling afspreken die past bij het inkomen.", "Mohamed El Amrani", 21, "Verrekening met de uitkering volgens de beslagvrije voet.", AgreementStatus.Kept, "Regeling getekend.")]),
            Comments = [(CommentKind.Remark, "handhaver", "Zie ook het eerdere dilemma over het bijstandsgezin met hennep: daar werkte de middenweg wel.")],
        },
        new("consulent", 90, Decided,
            "Samenwonen niet gemeld: partner verblijft vier nachten per week",
            "Bij een heronderzoek vertelt een bijstandsmoeder dat haar nieuwe partner 'af en toe' blijft slapen. Uit gesprekken blijkt dat hij vier nachten per week aanwezig is en meebetaalt aan boodschappen. " +
            "Hij staat ingeschreven bij zijn ouders.",
            "Is hier sprake van een gezamenlijke huishouding, en zo ja: herzien we met terugwerkende kracht of vanaf nu?",
            "Rechtmatigheid, privacy van de klant, zorgvuldig onderzoek.",
            ["Participatiewet"], ChainPhase.Reassessment, ["samenwonen niet gemeld"],
            [("Herzien met terugwerkende kracht vanaf het moment van samenwonen", "Hoge terugvordering; bewijs over het verleden is dun."),
             ("Herzien vanaf nu en de klant wijzen op de inlichtingenplicht", "Lagere schuld; het verleden blijft onbeslist.")],
            "Herzien vanaf de datum waarop de feiten vaststaan.", "art. 3 lid 4 Participatiewet")
        {
            Decision = new("beslisser", 70,
                "We herzien vanaf de eerste maand waarin het samenwonen aantoonbaar is en leggen geen boete op vanwege twijfel over het moment.",
                "Het gezamenlijk voeren van de huishouding staat vast vanaf het gesprek; daarvoor is het bewijs onvoldoende.",
                [new("Klant levert gegevens over het inkomen van de partner aan.", "Mohamed El Amrani", 14, "Uitkering wordt opgeschort tot de gegevens er zijn.", AgreementStatus.Kept)]),
            Comments = [(CommentKind.Question, "handhaver", "Hebben we de verklaring van de partner zelf ook?")],
        },
        new("handhaver", 85, Decided,
            "Zwart werk als klusjesman in de buurt, uit schaamte niet gemeld",
            "Een man van rond de 60 met bijstand doet al jaren klusjes voor buren en krijgt daar contant geld voor, naar schatting enkele honderden euro's per maand. " +
            "Hij vertelt het zelf in een gesprek over re-integratie en schaamt zich.",
            "Hoe gaan we om met inkomsten die de klant zelf ter sprake brengt, maar die jarenlang niet zijn gemeld?",
            "Eerlijkheid belonen, rechtmatigheid, re-integratie naar betaald werk.",
            ["Participatiewet"], ChainPhase.RunningBenefit, ["zwart werk", "inkomsten niet gemeld"],
            [("Volledig terugvorderen met boete", "Rechtmatig, maar ontmoedigt eerlijkheid."),
             ("Terugvorderen over een beperkte periode en de klant helpen een bedrijf te starten", "Stimuleert eerlijkheid en werk; vraagt maatwerk.")],
            null, "art. 17 Participatiewet")
        {
            Decision = new("beslisser", 65,
                "Terugvorderen over de laatste 12 maanden, geen boete wegens zelfmelding, en een traject richting zelfstandig ondernemerschap.",
                "De klant meldde uit zichzelf. Onze visie beloont dat; het traject maakt de inkomsten voortaan legaal.",
                [new("Klant meldt zich bij het ondernemersloket.", "klant, begeleid door de werkcoach", 30, "Maandelijkse opgave van inkomsten wordt verplicht.", AgreementStatus.NotKept, "Klant is niet verschenen; werkcoach maakt een nieuwe afspraak.")]),
        },
        new("consulent", 20, UnderDiscussion,
            "Huis in het land van herkomst: vermogen of onverkoopbaar erfdeel?",
            "Een bijstandsaanvrager blijkt mede-eigenaar van een huis in het land van herkomst, geërfd samen met vier broers en zussen. Volgens de aanvrager is het huis niet te verkopen zonder toestemming van allen. " +
            "Een taxatie is er niet.",
            "Telt het aandeel in het huis als vermogen dat de bijstand in de weg staat, en hoe stellen we de waarde vast?",
            "Rechtmatigheid, haalbaarheid van onderzoek in het buitenland, bestaanszekerheid van de aanvrager.",
            ["Participatiewet"], ChainPhase.Application, ["vermogen in het buitenland"],
            [("Aanvraag afwijzen tot er een taxatie is", "Zorgvuldig, maar de aanvrager heeft intussen geen inkomen."),
             ("Bijstand verlenen als geldlening met het aandeel als onderpand", "Bestaanszekerheid nu; vordering later."),
             ("Bijstand verlenen en het aandeel buiten beschouwing laten", "Snel, maar mogelijk onrechtmatig.")],
            "Bijstand als geldlening tot de waarde duidelijk is.", "art. 34 en art. 48 Participatiewet")
        {
            Comments =
            [
                (CommentKind.Risk, "handhaver", "Onderzoek in het buitenland duurt vaak maanden; zonder lening staat de aanvrager zonder inkomen."),
                (CommentKind.Suggestion, "teamleider", "Vraag het team buitenlandonderzoek van de SVB om advies over de waardebepaling."),
            ],
        },
        new("handhaver", 12, UnderDiscussion,
            "Briefadres bij een vriend, maar feitelijk slapend in de auto",
            "Een dakloze bijstandsgerechtigde heeft een briefadres bij een vriend. Bij controle blijkt hij daar niet te wonen en vaak in zijn auto te slapen in een andere gemeente. " +
            "Hij heeft psychische klachten en een verslaving.",
            "Is onze gemeente nog verantwoordelijk voor de bijstand, en hoe voorkomen we dat hij helemaal uit beeld raakt?",
            "Bestaanszekerheid, juiste woonplaats, zorg en veiligheid.",
            ["Participatiewet", "GGZ en verslavingszorg", "Wonen"], ChainPhase.RunningBenefit, ["onduidelijk woonadres", "verslaving", "psychische problemen"],
            [("Uitkering beëindigen wegens onjuist adres", "Rechtmatig, maar de man raakt buiten beeld."),
             ("Uitkering voortzetten en samen met de maatschappelijke opvang een verblijfplaats regelen", "Houdt hem in zorg; de woonplaatsvraag blijft open.")],
            null, "art. 40 Participatiewet")
        {
            Comments = [(CommentKind.Question, "consulent", "Is er contact met de GGZ-instelling in de andere gemeente?")],
        },
        new("consulent", 50, Decided,
            "Terugvordering bij een gezin dat al in de schuldhulpverlening zit",
            "Door een te laat gemelde wijziging in kinderalimentatie is ruim drie maanden te veel bijstand betaald. Het gezin zit sinds kort in een schuldhulptraject. " +
            "Een nieuwe vordering kan het traject laten mislukken.",
            "Vorderen we direct terug, of zien we (deels) af van terugvordering zolang het schuldhulptraject loopt?",
            "Rechtmatigheid, slagen van de schuldhulp, gelijke behandeling.",
            ["Participatiewet", "Schuldhulpverlening"], ChainPhase.RecoveryAndFine, ["schulden", "inkomsten niet gemeld"],
            [("Direct terugvorderen en verrekenen", "Rechtmatig, maar de schuldhulp loopt vast."),
             ("Vordering inbrengen in het schuldhulptraject", "De vordering telt mee in de regeling; het traject blijft haalbaar.")],
            "Vordering inbrengen in de schuldregeling.", "art. 58 en art. 60c Participatiewet")
        {
            Decision = new("teamleider", 30,
                "We brengen de vordering in het schuldhulptraject in en leggen geen boete op.",
                "Het niet melden kwam door verwarring over de alimentatie, niet door opzet. Het slagen van het traject dient ook de gemeente.",
                [
                    new("Vordering aanmelden bij de schuldhulpverlener.", "Mohamed El Amrani", 10, "Verrekening volgens de beslagvrije voet."),
                    new("Evaluatie van het schuldhulptraject.", "schuldhulpverlener", 90, "Opnieuw beoordelen of terugvordering buiten de regeling nodig is."),
                ]),
        },
        new("handhaver", 9, UnderDiscussion,
            "Persoonsgebonden budget betaald aan een familielid zonder geleverde zorg",
            "Een Wmo-cliënt met een pgb voor huishoudelijke ondersteuning betaalt het budget aan haar dochter. Bij een huisbezoek blijkt het huis verwaarloosd en zegt de cliënt dat haar dochter 'soms' komt. " +
            "De dochter heeft zelf schulden.",
            "Vorderen we het pgb terug, en hoe borgen we dat de cliënt de zorg krijgt die ze nodig heeft?",
            "Zorg voor een kwetsbare oudere, rechtmatige besteding, familieverhoudingen.",
            ["Wmo"], ChainPhase.RunningBenefit, ["schulden"],
            [("Pgb terugvorderen van de cliënt", "Rechtmatig, maar treft de kwetsbare cliënt."),
             ("Omzetten naar zorg in natura en terugvorderen van de dochter als zorgverlener", "Zorg is geborgd; vordering komt bij wie het geld ontving.")],
            "Omzetten naar zorg in natura.", "art. 2.3.10 Wmo 2015")
        {
            Comments =
            [
                (CommentKind.Risk, "consulent", "Let op signalen van financiële uitbuiting van de cliënt."),
                (CommentKind.Remark, "teamleider", "Het wijkteam kent de cliënt; betrek hen bij het gesprek."),
            ],
        },
        new("handhaver", 3, Draft,
            "Jongere onder de 27 start niet aan de zoekperiode",
            "Een jongere van 22 vraagt bijstand aan maar meldt zich niet bij het jongerenloket voor de verplichte zoekperiode van 4 weken. Hij zegt dat hij 's nachts werkt als bezorger zonder contract.",
            "Wijzen we de aanvraag af wegens het niet nakomen van de zoekperiode, of onderzoeken we eerst het werk zonder contract?",
            null,
            ["Participatiewet"], ChainPhase.Application, ["zwart werk"],
            [("Aanvraag buiten behandeling stellen", "Snel, maar het mogelijke zwarte werk blijft buiten beeld."),
             ("Eerst een gesprek over het werk en het contract", "Kost tijd; kan leiden tot een arbeidscontract.")],
            null, "art. 41 lid 4 Participatiewet"),
        new("consulent", 30, ReturnedToAuthor,
            "Inwonende mantelzorger en de kostendelersnorm",
            "Een bijstandsgerechtigde vrouw neemt haar zieke broer in huis om voor hem te zorgen. Door de kostendelersnorm gaat haar uitkering flink omlaag. Ze overweegt te stoppen met de zorg.",
            "Kunnen we afwijken van de kostendelersnorm omdat de inwoning nodig is voor de mantelzorg?",
            "Mantelzorg, bestaanszekerheid, rechtmatigheid.",
            ["Participatiewet", "Wmo"], ChainPhase.RunningBenefit, [],
            [("Kostendelersnorm toepassen", "Rechtmatig; de mantelzorg komt in gevaar."),
             ("Afwijken op grond van maatwerk", "Mantelzorg blijft; vraagt een goede onderbouwing.")],
            null, "art. 22a en art. 18 lid 1 Participatiewet")
        {
            ReturnReason = "Beschrijf welke zorg de broer nodig heeft en of er een Wmo-indicatie is. Zonder die informatie kunnen we niet beoordelen of maatwerk past.",
        },
        new("handhaver", 70, Decided,
            "Partner keert terug in huis na een periode van huiselijk geweld",
            "Een bijstandsmoeder heeft na huiselijk geweld een contactverbod laten opleggen. Nu blijkt de ex-partner weer regelmatig in huis te zijn. Ze geeft aan bang te zijn hem weg te sturen.",
            "Behandelen we dit als samenwonen met gevolgen voor de uitkering, of gaat de veiligheid van moeder en kinderen voor?",
            "Veiligheid, rechtmatigheid, regie van de moeder.",
            ["Participatiewet", "Veiligheid", "Jeugdhulp"], ChainPhase.RunningBenefit, ["huiselijk geweld", "samenwonen niet gemeld", "kinderen in het gezin"],
            [("Herzien wegens samenwonen", "Vergroot de afhankelijkheid van de ex-partner."),
             ("Eerst veiligheid regelen met Veilig Thuis, daarna de huishouding beoordelen", "Veiligheid voorop; de beoordeling volgt later.")],
            null, "art. 3 Participatiewet")
        {
            Decision = new("beslisser", 55,
                "Veiligheid eerst: melding bij Veilig Thuis en een veiligheidsplan. De beoordeling van de huishouding volgt over 8 weken.",
                "Onze visie: bij onveiligheid handelen we direct en gaat veiligheid voor rechtmatigheid.",
                [
                    new("Melding bij Veilig Thuis en veiligheidsplan.", "wijkteam", 5, "Escalatie naar het zorg- en veiligheidshuis.", AgreementStatus.Kept),
                    new("Beoordeling van de huishouding.", "Sanne de Vries", 56, "Beoordeling in het volgende werkoverleg."),
                ]),
        },
        new("consulent", 110, Decided,
            "Uitkering in natura bij ernstige verslaving",
            "Een man met een alcoholverslaving geeft zijn uitkering in de eerste week uit; daarna ontstaan huurachterstand en schulden. Hij staat open voor hulp maar wil 'zijn eigen geld'.",
            "Zetten we (een deel van) de uitkering om in betaling in natura, zoals rechtstreekse betaling van de huur?",
            "Zelfbeschikking, bestaanszekerheid, voorkomen van huisuitzetting.",
            ["Participatiewet", "GGZ en verslavingszorg", "Schuldhulpverlening"], ChainPhase.RunningBenefit, ["verslaving", "schulden"],
            [("Geen ingrijpen", "Zelfbeschikking; huisuitzetting dreigt."),
             ("Huur en energie rechtstreeks betalen", "Woning blijft behouden; minder eigen regie.")],
            null, "art. 57 Participatiewet")
        {
            Decision = new("beslisser", 95,
                "Huur en energie worden rechtstreeks betaald; de rest van de uitkering ontvangt hij zelf in wekelijkse delen.",
                "Zo behoudt hij regie over leefgeld en voorkomen we huisuitzetting. We bespreken het na 6 maanden opnieuw.",
                [new("Aanmelding bij de verslavingszorg.", "Mohamed El Amrani", 14, "Nieuw gesprek met het wijkteam.", AgreementStatus.Kept)]),
        },
        new("handhaver", 45, Decided,
            "Giften van familie voor de boodschappen",
            "Een bijstandsgezin krijgt maandelijks een bedrag van familie voor boodschappen en schoolkosten. Het gezin wist niet dat dit gemeld moest worden.",
            "Zijn deze giften inkomen dat de bijstand verlaagt, of blijven ze (deels) buiten beschouwing?",
            "Rechtmatigheid, steun uit het netwerk niet ontmoedigen.",
            ["Participatiewet"], ChainPhase.RunningBenefit, ["inkomsten niet gemeld", "kinderen in het gezin"],
            [("Alle giften als inkomen aanmerken", "Rechtmatig maar hard."),
             ("Giften tot het vrijlatingsbedrag buiten beschouwing laten", "Volgt het beleid; ontmoedigt steun niet.")],
            null, "art. 31 lid 2 sub m Participatiewet")
        {
            Decision = new("teamleider", 35,
                "Giften tot het vrijlatingsbedrag per jaar laten we buiten beschouwing; het meerdere verrekenen we zonder boete.",
                "Het gezin handelde te goeder trouw. Het beleid staat giften tot een grens toe.",
                [new("Gezin geeft giften voortaan maandelijks op.", "Sanne de Vries", 30, "Opnieuw gesprek over de inlichtingenplicht.")]),
        },
        new("consulent", 6, UnderDiscussion,
            "Kamerverhuur via een website voor kortverblijf",
            "Een alleenstaande bijstandsgerechtigde verhuurt in de zomer haar logeerkamer via een website voor kortverblijf. De inkomsten heeft ze niet opgegeven; de woningcorporatie verbiedt onderverhuur.",
            "Hoe beoordelen we de inkomsten, en melden we de onderverhuur bij de corporatie?",
            null,
            ["Participatiewet", "Wonen"], ChainPhase.RunningBenefit, ["inkomsten niet gemeld"],
            [("Inkomsten verrekenen en melden bij de corporatie", "Rechtmatig; risico op verlies van de woning."),
             ("Inkomsten verrekenen; klant zelf laten stoppen met verhuur", "Woning blijft behouden.")],
            null, null),
        new("consulent", 60, Withdrawn,
            "Studerend kind in een bijstandsgezin en de kostendelersnorm",
            "Een zoon van 21 woont thuis en studeert met studiefinanciering. De ouders vragen of hij meetelt als kostendeler.",
            "Telt een studerend kind met studiefinanciering mee voor de kostendelersnorm?",
            null,
            ["Participatiewet", "Onderwijs"], ChainPhase.RunningBenefit, [],
            [("Meetellen", "Lagere uitkering."), ("Niet meetellen", "Volgt de uitzondering in de wet.")],
            null, "art. 22a lid 2 Participatiewet")
        {
            WithdrawReason = "De wet geeft hier zelf het antwoord (uitzondering voor studerenden); geen dilemma.",
        },
        new("consulent", 2, Draft,
            "Inburgeringsplichtige mist lessen door mantelzorg voor een kind",
            "Een inburgeringsplichtige moeder mist regelmatig lessen omdat haar kind met een beperking thuis zorg nodig heeft. De taalschool meldt dit als verzuim.",
            "Leggen we een boete op voor het verzuim, of passen we het inburgeringsplan aan?",
            null,
            ["Inburgering", "Jeugdhulp"], ChainPhase.Other, ["kinderen in het gezin"],
            [("Boete opleggen", "Volgt de regels; de moeder raakt achterop."), ("Plan aanpassen met lessen op andere tijden", "Haalbaar plan; vraagt overleg met de taalschool.")],
            null, null),
        new("handhaver", 15, UnderDiscussion,
            "Statushouder stuurt een deel van de uitkering naar familie in het buitenland",
            "Een statushouder met bijstand maakt iedere maand een vast bedrag over naar familie in het land van herkomst. Hij heeft een huurachterstand opgebouwd.",
            "Grijpen we in op de besteding van de uitkering, en zo ja hoe?",
            "Zelfbeschikking, familieplicht, voorkomen van schulden.",
            ["Participatiewet", "Schuldhulpverlening", "Inburgering"], ChainPhase.RunningBenefit, ["schulden"],
            [("Niet ingrijpen; besteding is vrij", "Schulden lopen op."), ("Budgetcoaching en rechtstreekse betaling van de huur", "Schulden stoppen; gesprek over verwachtingen.")],
            "Budgetcoaching aanbieden.", null),
        new("handhaver", 100, Decided,
            "Auto op naam van een bijstandsgerechtigde, gebruikt door de broer",
            "Uit een registercheck blijkt dat een bijstandsgerechtigde een auto van recente bouw op zijn naam heeft. Hij zegt dat zijn broer de auto heeft gekocht en gebruikt, maar dat die geen lening kon krijgen.",
            "Rekenen we de auto tot het vermogen van de klant?",
            null,
            ["Participatiewet"], ChainPhase.Reassessment, [],
            [("Auto als vermogen aanmerken", "Uitkering stopt mogelijk."), ("Bewijs vragen van betaling door de broer en de tenaamstelling laten wijzigen", "Rechtmatig als het bewijs er is.")],
            null, "art. 34 Participatiewet")
        {
            Decision = new("beslisser", 80,
                "De klant laat binnen 6 weken de tenaamstelling wijzigen en levert bewijs van betaling door de broer.",
                "Als de broer betaalt en gebruikt, hoort de auto bij hem. Het risico van de tenaamstelling ligt wel bij de klant.",
                [new("Tenaamstelling wijzigen en betalingsbewijs aanleveren.", "klant", 42, "Auto telt mee als vermogen.", AgreementStatus.Kept)]),
        },
        new("consulent", 55, Decided,
            "Niet verschijnen op het heronderzoek door psychische klachten",
            "Een bijstandsgerechtigde verschijnt twee keer niet op het heronderzoek. Uit contact met de huisarts blijkt dat zij een zware depressie heeft en haar post niet opent.",
            "Schorten we de uitkering op wegens het niet verschijnen, of passen we de manier van onderzoek aan?",
            "Rechtmatigheid van het heronderzoek, kwetsbaarheid, bereikbaarheid.",
            ["Participatiewet", "GGZ en verslavingszorg"], ChainPhase.Reassessment, ["psychische problemen"],
            [("Uitkering opschorten", "Volgt de regels; kan de crisis verergeren."), ("Huisbezoek samen met het wijkteam", "Onderzoek kan doorgaan; vraagt meer tijd.")],
            null, "art. 54 Participatiewet")
        {
            Decision = new("beslisser", 45,
                "We doen het heronderzoek tijdens een huisbezoek samen met het wijkteam en schorten niet op.",
                "Het niet verschijnen komt door ziekte; opschorten zou de crisis vergroten zonder het onderzoek te helpen.",
                [new("Huisbezoek met het wijkteam.", "Sanne de Vries", 14, "Nieuw voorstel in het werkoverleg.", AgreementStatus.Kept)]),
        },
        new("handhaver", 25, ReturnedToAuthor,
            "Ouder met bijstand en een leerplichtig kind dat thuis zit",
            "Een bijstandsouder houdt een kind van 14 al weken thuis van school. De leerplichtambtenaar overweegt een proces-verbaal. De ouder zegt dat het kind gepest wordt.",
            "Heeft het thuiszitten gevolgen voor de uitkering, en wie pakt de regie?",
            null,
            ["Participatiewet", "Onderwijs", "Jeugdhulp"], ChainPhase.RunningBenefit, ["kinderen in het gezin"],
            [("Geen gevolgen voor de uitkering; regie bij leerplicht", "Helder, maar handhaving blijft buiten beeld."),
             ("Gezamenlijk gesprek met leerplicht en jeugdhulp", "Eén plan; vraagt afstemming.")],
            null, null)
        {
            ReturnReason = "Dit lijkt eerder een zorgvraag dan een handhavingsdilemma. Beschrijf wat de consequentie voor de uitkering zou kunnen zijn, anders leggen we het bij leerplicht.",
        },
    ];

    public static IReadOnlyList<DemoCase> Anderdorp { get; } =
    [
        new("handhaver", 40, Decided,
            "Inkomsten uit marktkraam niet opgegeven",
            "Een bijstandsgerechtigde staat op zaterdag met een kraam op de markt en verkoopt tweedehands spullen. De inkomsten zijn niet opgegeven; hij dacht dat het om hobby ging.",
            "Is dit inkomen uit arbeid, en leggen we een boete op?",
            null,
            ["Participatiewet"], ChainPhase.RunningBenefit, ["inkomsten niet gemeld"],
            [("Verrekenen met boete", "Streng."), ("Verrekenen zonder boete en uitleg over de inlichtingenplicht", "Mild bij goede trouw.")],
            null, "art. 32 Participatiewet")
        {
            EditedTitle = "Inkomsten uit een marktkraam niet opgegeven",
            Comments = [(CommentKind.Question, "beslisser", "Hoeveel levert de kraam gemiddeld op?")],
            Decision = new("beslisser", 20,
                "Verrekenen zonder boete; de klant geeft de inkomsten voortaan maandelijks op.",
                "Goede trouw; de bedragen zijn klein.",
                [new("Maandelijkse opgave van de marktinkomsten.", "Jeroen Visser", 30, "Boete bij de volgende overtreding.")]),
        },
        new("handhaver", 10, UnderDiscussion,
            "Kind met bijbaan in een bijstandsgezin",
            "De dochter van 17 van een bijstandsmoeder werkt in het weekend in een supermarkt en spaart voor haar studie.",
            "Heeft de bijbaan gevolgen voor de bijstand van de moeder?",
            null,
            ["Participatiewet", "Onderwijs"], ChainPhase.RunningBenefit, ["kinderen in het gezin"],
            [("Inkomen van het kind meetellen", "Lagere bijstand."), ("Niet meetellen", "Volgt de wet voor minderjarige kinderen.")],
            null, null),
        new("handhaver", 1, Draft,
            "Uitwonend kind keert terug naar het ouderlijk huis",
            "Een zoon van 24 trekt na een scheiding weer in bij zijn moeder, die bijstand ontvangt.",
            "Vanaf wanneer geldt de kostendelersnorm?",
            null,
            ["Participatiewet"], ChainPhase.RunningBenefit, [],
            [("Vanaf de inschrijving", "Administratief helder."), ("Vanaf de feitelijke inwoning", "Volgt de werkelijkheid.")],
            null, null),
    ];
}
