using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Infrastructure.Privacy;

/// <summary>
/// Finds a person's name where the context leaves no doubt, so that ordinary capitalised words (organisations,
/// courts, laws, companies, places) pass: a title or role word before a capitalised name ("mevrouw Jansen",
/// "zoon Daan"), initials before a surname ("J. de Vries"), a common first name followed by a capitalised surname
/// ("Sanne Jansen", "Mohammed El Idrissi"), a surname right before an address, and a name with an age joined to it
/// ("Sanne (34)"). A bare first name ("Noor werkt bij de bakker") does not identify anyone and passes.
/// </summary>
internal static partial class PersonNames
{
    public readonly record struct Findings(bool Name, bool NameWithAge);

    public static Findings Find(string text, IReadOnlyCollection<string>? colleagues)
    {
        text = Neutralise(text, colleagues);
        var name = false;
        var withAge = false;

        foreach (var rule in new[] { TitleThenName(), RoleThenName() })
        {
            foreach (Match m in rule.Matches(text))
            {
                if (IsSurname(m.Groups["cap"].Value, hasPrefix: m.Groups["tv"].Length > 0 || m.Groups["ini"].Length > 0) && !FollowedByOrganisationWord(text, m))
                {
                    name = true;
                    withAge |= AgeAfter(text, End(m));
                }
            }
        }

        // Initials before a surname: several ("A.M. Jansen") or one with a particle ("J. de Vries"). One alone before a
        // capitalised word is as often a lettered heading or label ("A. Achtergrond", "energielabel G. Verhuurders").
        foreach (Match m in InitialsThenName().Matches(text))
        {
            var initials = m.Groups["ini"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            var single = initials.Count(c => c == '.') == 1;
            if (IsSurname(m.Groups["cap"].Value, hasPrefix: m.Groups["tv"].Length > 0)
                && !(single && m.Groups["tv"].Length == 0)
                && !Abbreviations.Contains(initials)
                && !FollowedByOrganisationWord(text, m))
            {
                name = true;
                withAge |= AgeAfter(text, End(m));
            }
        }

        foreach (Match m in CapitalisedThenName().Matches(text))
        {
            if (FirstNames.Contains(m.Groups["first"].Value)
                && IsSurname(m.Groups["cap"].Value, hasPrefix: m.Groups["tv"].Length > 0)
                && !FollowedByOrganisationWord(text, m))
            {
                name = true;
                withAge |= AgeAfter(text, End(m));
            }
        }

        foreach (Match m in NameBeforeAddress().Matches(text))
        {
            if (IsSurname(m.Groups["cap"].Value, hasPrefix: false))
            {
                name = true;
            }
        }

        // A bare first name is harmless; with an age joined to it ("Sanne (34)", "Rahel, 19 jaar", "Sanne, 34,", "Kevin
        // is 23 jaar", "Bilal van 14", "de 17-jarige Mohammed") it is not. A name-like word that is no known first name
        // counts only with the age in brackets ("Jansen (45)"): "Eritrea, 5 jaar in Nederland" is no person.
        foreach (Match m in Capitalised().Matches(text))
        {
            var end = m.Index + m.Length;
            if (FirstNames.Contains(m.Value))
            {
                withAge |= AgeAfter(text, end) || LooseAge().IsMatch(text.AsSpan(), end) || AgedBefore().IsMatch(text.AsSpan(0, m.Index));
            }
            else if (IsSurname(m.Value, hasPrefix: false) && !RoleWord().IsMatch(m.Value))
            {
                withAge |= BracketAge().IsMatch(text.AsSpan(), end) || AgedBefore().IsMatch(text.AsSpan(0, m.Index));
            }
        }

        return new Findings(name, withAge);
    }

    /// <summary>
    /// Colleagues' names (as Verantwoordelijke, or "@Anna Bakker") and organisations that carry a person's name
    /// ("Albert Heijn") are taken out before looking, longest first, so a colleague's name does not hide a client's
    /// standing beside it.
    /// </summary>
    private static string Neutralise(string text, IReadOnlyCollection<string>? colleagues)
    {
        foreach (var phrase in NamedOrganisations)
        {
            text = ReplaceWhole(text, phrase, "organisatie");
        }

        if (colleagues is not null)
        {
            foreach (var colleague in colleagues.SelectMany(Forms).Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length))
            {
                text = ReplaceWhole(text, colleague, "collega");
            }
        }

        return text;
    }

    /// <summary>
    /// The ways a colleague's display name is written in a text: as it stands, without a department in brackets ("Anna
    /// Bakker (Handhaving)"), first name first when the provider gives "Bakker, Anna", and with the first name as an
    /// initial ("A. Bakker").
    /// </summary>
    internal static IEnumerable<string> Forms(string displayName)
    {
        var name = displayName.Trim();
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        if (bracket > 0 && name.EndsWith(')'))
        {
            yield return name;
            name = name[..bracket].Trim();
        }

        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            yield return name;
            name = $"{name[(comma + 2)..].Trim()} {name[..comma].Trim()}";
        }

        if (name.Length < 2)
        {
            yield break;
        }

        yield return name;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && char.IsLetter(name[0]))
        {
            yield return $"{char.ToUpperInvariant(name[0])}. {name[(space + 1)..]}";
        }
    }

    private static string ReplaceWhole(string text, string phrase, string replacement)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                text = string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(end));
                end = at + replacement.Length;
            }

            at = text.IndexOf(phrase, end, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A capitalised word that is no function word, abbreviation, law, institution or nationality.</summary>
    private static bool IsSurname(string word, bool hasPrefix)
    {
        var head = word.Split('-')[0];
        if (NotNames.Contains(head) || (!hasPrefix && FunctionWords.Contains(head)))
        {
            return false;
        }

        return !OrganisationEndings.Any(e => head.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            && !StreetEndings.Any(e => head.EndsWith(e, StringComparison.OrdinalIgnoreCase) && head.Length > e.Length + 1);
    }

    /// <summary>"William Schrikker Groep", "Emma Kinderziekenhuis": a name that is part of an organisation's.</summary>
    private static bool FollowedByOrganisationWord(string text, Match m)
    {
        var next = NextWord().Match(text, End(m));
        return next.Success && OrganisationWords.Contains(next.Groups[1].Value);
    }

    /// <summary>"bijlage B. Daarna": a letter that labels something is no initial.</summary>
    private static bool LetterLabelBefore(string text, int index)
    {
        var before = text[..index].TrimEnd();
        var lastSpace = before.LastIndexOfAny([' ', '\n', '\t', '(']);
        var word = before[(lastSpace + 1)..].TrimEnd('.', ',', ':');
        return LetterLabels.Contains(word);
    }

    /// <summary>The rules look ahead (so one candidate does not swallow the next); the name ends where its surname does.</summary>
    private static int End(Match m) => m.Groups["cap"].Index + m.Groups["cap"].Length;

    private static bool AgeAfter(string text, int index) => Age().IsMatch(text.AsSpan(), index);

    private static readonly FrozenSet<string> FirstNames = LoadFirstNames();

    private static FrozenSet<string> LoadFirstNames()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("first-names.txt")
            ?? throw new InvalidOperationException("The first-name list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToFrozenSet(StringComparer.Ordinal);
    }

    private static readonly string[] NamedOrganisations =
    [
        "Albert Heijn", "Jan Linders", "Jan Modaal", "Dirk van den Broek", "Ronald McDonald", "Max Havelaar", "Anne Frank",
        "Hugo de Groot", "Maria Montessori", "Vincent van Gogh", "Jeroen Bosch", "William Schrikker",
        "Willem-Alexander", "Koning Willem", "Prinses Amalia", "Prinses Máxima", "Prinses Beatrix",
    ];

    private static readonly FrozenSet<string> OrganisationWords = new[]
    {
        "Groep", "Stichting", "Huis", "Kinderziekenhuis", "Ziekenhuis", "Centrum", "School", "College", "Lyceum",
        "Gymnasium", "Fonds", "Instituut", "Kliniek", "Foundation", "Academie", "Zorg", "Thuiszorg", "Museum", "Prijs",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Endings of institutions, laws and places of work: "Wijkteam", "Jeugdwet", "Belastingdienst", "Kinderziekenhuis".
    private static readonly string[] OrganisationEndings =
    [
        "wet", "dienst", "bureau", "team", "huis", "stichting", "groep", "centrum", "ziekenhuis", "kliniek", "school",
        "college", "fonds", "instituut", "bank", "raad", "loket", "kantoor", "gemeente", "hulp", "zorg", "bescherming",
        "regeling", "toeslag", "uitkering", "voorziening", "verlening", "organisatie", "platform",
    ];

    // "Jan van Galenstraat", "Willem de Zwijgerlaan": a street named after someone is no person.
    private static readonly string[] StreetEndings = ["straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef", "steeg", "plantsoen", "park", "hof"];

    // Initials that are abbreviations: "N.B. Cliënt", "B.V. Nederland".
    private static readonly FrozenSet<string> Abbreviations = new[] { "N.B.", "P.S.", "B.V.", "N.V.", "V.O.F.", "E.V.", "A.U.B.", "O.A.", "I.V.M.", "T.A.V." }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LetterLabels = new[]
    {
        "bijlage", "Bijlage", "bijl", "artikel", "art", "lid", "sub", "fase", "Fase", "optie", "Optie", "groep", "categorie",
        "stap", "Stap", "punt", "type", "plan", "Plan", "niveau", "klasse", "hoofdstuk", "paragraaf", "model", "variant",
        "scenario", "Scenario", "route", "Route", "vraag", "Vraag", "onderdeel",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that stand capitalised at the start of a sentence: after a first name or initial they are no surname.
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "De", "Het", "Een", "En", "Of", "Maar", "Want", "Dus", "Daarna", "Daarom", "Dan", "Toen", "Nu", "Die", "Dat",
        "Deze", "Dit", "Hij", "Zij", "Ze", "Wij", "We", "Ik", "U", "Jij", "Je", "Er", "Ook", "Wel", "Niet", "Geen", "In",
        "Op", "Met", "Voor", "Na", "Bij", "Als", "Omdat", "Volgens", "Zie", "Via", "Tot", "Om", "Over", "Door", "Naar",
        "Uit", "Aan", "Tegen", "Zonder", "Sinds", "Tijdens", "Wat", "Wie", "Hoe", "Waar", "Waarom", "Wanneer", "Welke",
        "Is", "Was", "Heeft", "Had", "Wordt", "Werd", "Kan", "Moet", "Mag", "Zal", "Zou", "Wil", "Gaat", "Komt",
        "Krijgt", "Daarnaast", "Verder", "Vervolgens", "Tot slot", "Eerst", "Later", "Ook", "Zo", "Hier", "Daar",
        "Bovendien", "Echter", "Wel", "Nee", "Ja", "Graag", "Let", "Het", "Na", "Vanaf", "Per", "Binnen", "Buiten",
        "Onder", "Boven", "Tussen", "Achter", "Naast", "Langs", "Rond", "Gesprek", "Besluit", "Advies", "Afspraak",
        "Conclusie", "Reactie", "Vraag", "Antwoord", "Opmerking", "Situatie", "Dilemma", "Optie", "Zoon", "Dochter",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Capitalised words of the social domain, abbreviations written in mixed case, nationalities and languages.
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "Wmo", "Pw", "Bbz", "Ioaw", "Ioaz", "Aow", "Anw", "Ww", "Wia", "Wao", "Wajong", "Wsnp", "Wlz", "Zvw", "Awb",
        "Bibob", "Jeugdwet", "Participatiewet", "Toeslagen", "Bijstand", "Jeugdhulp", "Wijkteam", "Gemeente",
        "Veilig", "Thuis", "Sociale", "Sociaal", "Politie", "Belastingdienst", "Rechtbank", "Raad", "Staat",
        "Werk", "Inkomen", "Schuldhulp", "Schuldhulpverlening", "Voedselbank", "Leger", "Stichting", "Nederland",
        "Nederlands", "Nederlandse", "Marokkaans", "Marokkaanse", "Turks", "Turkse", "Surinaams", "Surinaamse",
        "Antilliaans", "Antilliaanse", "Syrisch", "Syrische", "Eritrees", "Eritrese", "Pools", "Poolse", "Somalisch",
        "Somalische", "Afghaans", "Afghaanse", "Belgisch", "Belgische", "Duits", "Duitse", "Engels", "Engelse",
        "Arabisch", "Arabische", "Koerdisch", "Koerdische", "Tigrinya", "Frans", "Franse", "Europese", "Europees",
        "Noord", "Zuid", "Oost", "West", "Centrum", "Regio", "Midden", "Holland", "Brabant", "Limburg", "Utrecht",
        "Amsterdam", "Rotterdam", "Den", "Haag", "Almere", "Zwolle", "Leiden", "Eindhoven", "Groningen", "Arnhem",
        "Nijmegen", "Tilburg", "Breda", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag",
        "Kerst", "Pasen", "Ramadan", "Suikerfeest", "Offerfeest", "Koningsdag",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A word starting with a capital that also holds a small letter ("Jansen", "McDonald", "El-Amrani", "Öztürk");
    // all-capital abbreviations (UWV, SVB) are not names.
    private const string Cap = @"\p{Lu}[\p{L}\p{M}'’]*?\p{Ll}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*";

    // Tussenvoegsels and name particles: "de Vries", "van der Berg", "El Amrani", "Al Khatib", "Ben Ali".
    private const string Particles = @"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|'t|’t|[Ll]a|[Ll]e|[Dd]u|[Dd]a|[Dd]os|[Dd]el|[Ee]l|[Aa]l|Abu|Ben|Bin|Ait|Aït|Ould|[Vv]on)[ \t\-]+){0,3}";

    // After a role word a lowercase "van" is a preposition ("huurder van Woonbron", "cliënt van Parnassia"); a name's
    // particle then starts with a capital ("buurman Van Dijk", "zoon Van der Berg").
    private const string CapitalParticles = @"(?:(?:Van|De|Der|Den|Ter|Ten|Te|La|Le|Du|Da|Dos|Del|El|Al|Abu|Ben|Bin|Ait|Aït|Ould|Von)(?:[ \t]+(?:der|den|de|het|'t|’t))?[ \t\-]+)?";

    private const string Roles =
        @"cli[eë]nte?|klant|aanvraagster|aanvrager|belanghebbende|betrokkene|verzoekster|verzoeker|hoofdbewoner|medebewoner|bewoner|"
        + @"onderhuurder|huurder|verhuurder|eigenaar|kostganger|ex-partner|partner|echtgeno(?:ot|te)|weduwe|weduwnaar|vriendin|vriend|zoon|dochter|"
        + @"klein(?:zoon|dochter|kind)|stief(?:vader|moeder|zoon|dochter)|pleeg(?:vader|moeder|kind|zoon|dochter)|moeder|vader|broer|zus|zuster|"
        + @"half(?:broer|zus)|opa|oma|grootvader|grootmoeder|oom|tante|neef|nicht|zwager|schoon(?:zus|moeder|vader|zoon|dochter)|"
        + @"buurman|buurvrouw|familie|gezin|huisgenoot|minderjarige|jongere|bewindvoerder";

    // Forms of address, matched with their own case ("DR Congo", "ING Bank" are no titles).
    private const string Titles = @"[Mm]evrouw|[Mm]eneer|[Mm]ijnheer|[Dd]e[ \t]+heer|[Mm]evr|[Mm]vr|[Mm]w|[Mm]ej|[Dd]hr|[Hh]r|[Ff]am|[Mm]r|[Dd]rs|[Dd]r|[Ii]r|[Ii]ng";

    [GeneratedRegex($@"(?<![\p{{L}}\-])(?=(?:{Titles})\.?[ \t]+(?<ini>(?:\p{{Lu}}\.[ \t]?){{1,4}}[ \t]*)?(?<tv>{Particles})(?<cap>{Cap}))", RegexOptions.CultureInvariant)]
    private static partial Regex TitleThenName();

    [GeneratedRegex($@"(?<![\p{{L}}\-])(?=(?i:{Roles})[ \t]+(?<ini>(?:\p{{Lu}}\.[ \t]?){{1,4}}[ \t]*)?(?<tv>{CapitalParticles})(?<cap>{Cap}))", RegexOptions.CultureInvariant)]
    private static partial Regex RoleThenName();

    [GeneratedRegex($@"(?<![\p{{L}}.])(?=(?<ini>(?:\p{{Lu}}\.[ \t]?){{1,4}})[ \t]*(?<tv>{Particles})(?<cap>{Cap}))", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsThenName();

    [GeneratedRegex($@"(?<![\p{{L}}\-])(?=(?<first>{Cap})[ \t]+(?<tv>{Particles})(?<cap>{Cap}))", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedThenName();

    [GeneratedRegex($@"(?<![\p{{L}}\-])(?<cap>{Cap}),\s+(?={StreetAddresses.Pattern})", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeAddress();

    [GeneratedRegex($@"(?<![\p{{L}}\-]){Cap}(?![\p{{L}}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Capitalised();

    [GeneratedRegex($@"^(?:(?i:{Roles})|{Titles})$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleWord();

    // "Kevin is 23 jaar", "Bilal van 14".
    [GeneratedRegex(@"\G\s+(?:(?:is|was|wordt|werd)\s+\d{1,2}\s*(?:jaar|jr\b)|van\s+\d{1,2}\b(?!\s*(?:procent|%|euro|uur|weken|maanden|dagen|[.,]\d)))", RegexOptions.CultureInvariant)]
    private static partial Regex LooseAge();

    [GeneratedRegex(@"\G\s+(\p{Lu}[\p{L}]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    // "(34)", "(19 jaar)", "(17 jr.)", ", 17 jaar", ", 34," — but not ", 12 jaar geleden".
    [GeneratedRegex(@"\G\s*(?:\(\s*\d{1,2}\s*(?:jaar|jr\.?)?\s*\)|,\s*\d{1,2}\s*(?:jaar|jr\.?)(?!\s+(?:geleden|lang|later|eerder|terug|oud(?:er)?\s+dan))|,\s*\d{1,2}\s*[,)])", RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"\G\s*\(\s*\d{1,2}\s*(?:jaar|jr\.?)?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketAge();

    // "de 17-jarige Mohammed": the age just before the name.
    [GeneratedRegex(@"\b\d{1,2}-jarige\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex AgedBefore();
}
