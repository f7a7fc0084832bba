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

        foreach (Match m in RoleThenName().Matches(text))
        {
            if (IsSurname(m.Groups["cap"].Value, hasPrefix: m.Groups["tv"].Length > 0 || m.Groups["ini"].Length > 0) && !FollowedByOrganisationWord(text, m))
            {
                name = true;
                withAge |= AgeAfter(text, End(m));
            }
        }

        foreach (Match m in InitialsThenName().Matches(text))
        {
            var single = m.Groups["ini"].Value.Count(c => c == '.') == 1;
            if (IsSurname(m.Groups["cap"].Value, hasPrefix: m.Groups["tv"].Length > 0)
                && !(single && m.Groups["tv"].Length == 0 && LetterLabelBefore(text, m.Index))
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

        // A bare first name is harmless; with an age joined to it ("Sanne (34)", "Rahel, 19 jaar", "Kevin is 23 jaar",
        // "Bilal van 14") it is not. Any name-like word counts in the tight forms; "is 23 jaar" and "van 14" only
        // after a known first name ("Het beleid is 3 jaar oud", "De zoon van 14" pass).
        foreach (Match m in Capitalised().Matches(text))
        {
            var end = m.Index + m.Length;
            var firstName = FirstNames.Contains(m.Value);
            if ((firstName || (IsSurname(m.Value, hasPrefix: false) && !RoleWord().IsMatch(m.Value))) && AgeAfter(text, end))
            {
                withAge = true;
            }
            else if (firstName && LooseAge().IsMatch(text.AsSpan(), end))
            {
                withAge = true;
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
            foreach (var colleague in colleagues.Where(c => c.Trim().Length > 1).Select(c => c.Trim()).OrderByDescending(c => c.Length))
            {
                text = ReplaceWhole(text, colleague, "collega");
            }
        }

        return text;
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

        return !OrganisationEndings.Any(e => head.EndsWith(e, StringComparison.OrdinalIgnoreCase) && head.Length > e.Length + 1);
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
        "Albert Heijn", "Jan Linders", "Dirk van den Broek", "Ronald McDonald", "Max Havelaar", "Anne Frank",
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
    private const string Particles = @"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|'t|’t|[Ll]a|[Ll]e|[Dd]u|[Dd]a|[Dd]os|[Dd]el|[Ee]l|[Aa]l|Abu|Ben|Bin|Ait|Aït|Ould|[Vv]on)[\s\-]+){0,3}";

    private const string Roles =
        @"mevrouw|meneer|mijnheer|de\s+heer|cli[eë]nte?|klant|aanvraagster|aanvrager|belanghebbende|hoofdbewoner|medebewoner|bewoner|"
        + @"onderhuurder|huurder|verhuurder|kostganger|ex-partner|partner|echtgeno(?:ot|te)|vriendin|vriend|zoon|dochter|"
        + @"stief(?:vader|moeder|zoon|dochter)|pleeg(?:vader|moeder|kind|zoon|dochter)|moeder|vader|broer|zus|zuster|"
        + @"half(?:broer|zus)|opa|oma|grootvader|grootmoeder|oom|tante|neef|nicht|zwager|schoon(?:zus|moeder|vader|zoon|dochter)|"
        + @"buurman|buurvrouw|familie|gezin|huisgenoot|minderjarige|jongere";

    private const string Titles = @"mevr|mw|mej|dhr|fam|mr|dr|drs|ir|ing";

    [GeneratedRegex($@"(?<![\p{{L}}\-])(?=(?i:(?:{Roles})|(?:{Titles})\.?),?\s+(?<ini>(?:\p{{Lu}}\.\s?){{1,4}}\s*)?(?<tv>{Particles})(?<cap>{Cap}))", RegexOptions.CultureInvariant)]
    private static partial Regex RoleThenName();

    [GeneratedRegex($@"(?<![\p{{L}}.])(?=(?<ini>(?:\p{{Lu}}\.\s?){{1,4}})\s*(?<tv>{Particles})(?<cap>{Cap}))", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsThenName();

    [GeneratedRegex($@"(?<![\p{{L}}@\-])(?=(?<first>{Cap})\s+(?<tv>{Particles})(?<cap>{Cap}))", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedThenName();

    [GeneratedRegex($@"(?<![\p{{L}}\-])(?<cap>{Cap}),\s+(?={StreetAddresses.Pattern})", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeAddress();

    [GeneratedRegex($@"(?<![\p{{L}}\-]){Cap}(?![\p{{L}}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Capitalised();

    [GeneratedRegex($@"^(?i:{Roles}|{Titles})$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleWord();

    // "Kevin is 23 jaar", "Bilal van 14".
    [GeneratedRegex(@"\G\s+(?:(?:is|was|wordt|werd)\s+\d{1,2}\s*(?:jaar|jr\b)|van\s+\d{1,2}\b(?!\s*(?:procent|%|euro|uur|weken|maanden|dagen|[.,]\d)))", RegexOptions.CultureInvariant)]
    private static partial Regex LooseAge();

    [GeneratedRegex(@"\G\s+(\p{Lu}[\p{L}]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    // "(34)", "(19 jaar)", "(17 jr.)", ", 17 jaar" — but not ", 12 jaar geleden".
    [GeneratedRegex(@"\G\s*(?:\(\s*\d{1,2}\s*(?:jaar|jr\.?)?\s*\)|,\s*\d{1,2}\s*(?:jaar|jr\.?)(?!\s+(?:geleden|lang|later|eerder|terug|oud(?:er)?\s+dan)))", RegexOptions.CultureInvariant)]
    private static partial Regex Age();
}
