using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>What the Zoekterm means for a gemeente, as a tsquery: the part of the search that reads the words.</summary>
public static class SearchTerms
{
    /// <summary>
    /// Websearch syntax, the gemeente's synonyms, compounds (dilemma_tsquery in the database); computed once per search
    /// and then passed to every statement as a value. The words of how a question is asked are left out
    /// (<see cref="WithoutQuestionWords"/>): "wat doen we als iemand geen wisseldiensten wil draaien" is about
    /// wisseldiensten and draaien, and a text that never says "we" must not be missed for it. When nothing that counts
    /// remains ("waar is dat": "dat" is a stop word), the text as typed is searched.
    /// </summary>
    public static async Task<NpgsqlTsQuery?> TsQueryAsync(AppDbContext db, Guid municipalityId, string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return null;
        }

        var about = WithoutQuestionWords(text) ?? text;
        return await db.Database.SqlQuery<NpgsqlTsQuery>($"""
            SELECT CASE WHEN numnode(q) > 0 OR {about} = {text} THEN q ELSE dilemma_tsquery({municipalityId}, {text}) END AS "Value"
            FROM dilemma_tsquery({municipalityId}, {about}) AS q
            """).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// The same query without alternatives that find nothing more: a word twice among the alternatives (two synonym
    /// groups that both hold "uitkering"), and a phrase or words-together beside one of its own words ("algemene
    /// bijstand" beside "bijstand"). Every dilemma it finds is found as before; only, PostgreSQL tests fewer
    /// alternatives per dilemma and no word positions for the phrases, in the counts over thousands of dilemmas. For
    /// matching only: ranking counts a word found by two groups, and a phrase, a little higher. A phrase is left as it is.
    /// </summary>
    public static NpgsqlTsQuery WithoutRepeats(NpgsqlTsQuery query)
    {
        switch (query)
        {
            case NpgsqlTsQueryOr:
                var alternatives = new List<NpgsqlTsQuery>();
                Flatten(query);
                var kept = alternatives.Select(WithoutRepeats).DistinctBy(a => a.ToString()).ToList();
                var single = kept.OfType<NpgsqlTsQueryLexeme>().Select(l => l.ToString()).ToHashSet(StringComparer.Ordinal);
                kept = [.. kept.Where(a => a is NpgsqlTsQueryLexeme || !Conjuncts(a).Any(c => single.Contains(c.ToString())))];
                return kept.Skip(1).Aggregate(kept[0], (or, next) => new NpgsqlTsQueryOr(or, next));

                void Flatten(NpgsqlTsQuery node)
                {
                    if (node is NpgsqlTsQueryOr or)
                    {
                        Flatten(or.Left);
                        Flatten(or.Right);
                    }
                    else
                    {
                        alternatives.Add(node);
                    }
                }

            case NpgsqlTsQueryAnd and:
                return new NpgsqlTsQueryAnd(WithoutRepeats(and.Left), WithoutRepeats(and.Right));
            case NpgsqlTsQueryFollowedBy:
                // Inside a phrase an OR is as wide as its widest alternative ("bijstand | algemen <-> bijstand" before
                // "aanvrag" lines its words up by the two-word one): dropping an alternative would move the others.
                return query;
            case NpgsqlTsQueryNot not:
                return new NpgsqlTsQueryNot(WithoutRepeats(not.Child));
            default:
                return query;
        }

        // The words a dilemma must hold for a phrase or words-together to match it.
        static IEnumerable<NpgsqlTsQuery> Conjuncts(NpgsqlTsQuery node) => node switch
        {
            NpgsqlTsQueryAnd and => Conjuncts(and.Left).Concat(Conjuncts(and.Right)),
            NpgsqlTsQueryFollowedBy phrase => Conjuncts(phrase.Left).Concat(Conjuncts(phrase.Right)),
            NpgsqlTsQueryLexeme lexeme => [lexeme],
            _ => [],
        };
    }

    /// <summary>
    /// Words of a question that say nothing about its subject, beside PostgreSQL's Dutch stop words (which already drop
    /// "wat", "als", "kan", "moet", "iemand", "omdat", …): how it is asked and how its clauses are joined. Rare in dilemma
    /// texts, they would weigh most among partial matches, and a full match would need them. No word of a thesaurus
    /// phrase ("rood staan", "in bezwaar gaan", "op zwart zaad zitten", "niet komen opdagen"): those verbs stay.
    /// </summary>
    public static readonly IReadOnlySet<string> QuestionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "mag", "mogen", "magt", "kun", "kunnen", "moeten", "zouden", "gebeurt", "gebeuren", "gebeurd", "eigenlijk", "echt",
        "ineens", "opeens", "gewoon", "precies", "ongeveer", "waar", "wanneer", "welke", "welk", "waarom", "hoeveel",
        "hoelang", "vandaan", "graag", "even", "dingen", "ding", "klopt", "bijvoorbeeld", "soms", "vaak", "erg", "heel",
        "niks", "wij", "jullie", "onze", "jij", "jou", "jouw", "hen", "ligt", "wel", "we",
        "terwijl", "doordat", "zodat", "hoewel", "nadat", "voordat", "sinds", "zodra", "indien", "tenzij", "mits", "alsof",
        "waardoor", "waarbij", "waarin", "waarvan", "waarop", "waarmee", "daarom", "daardoor", "daarna", "daarbij",
        "daarmee", "daarvan", "ofwel", "zowel", "echter", "nou", "hierover", "erover", "ermee", "erbij", "eraan", "hierbij",
        "zullen", "doet", "gedaan", "wilt", "willen", "krijgt", "krijgen", "zodoende", "bovendien", "verder", "straks",
        "meteen", "steeds", "ergens", "iedereen", "niemand",
    };

    /// <summary>The search text without question words (<see cref="QuestionWords"/>); a phrase in quotes is left as typed; null when nothing would remain.</summary>
    public static string? WithoutQuestionWords(string text)
    {
        if (text.Contains('"', StringComparison.Ordinal))
        {
            return text;
        }

        var kept = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !QuestionWords.Contains(word.Trim(',', '.', '?', '!', ';', ':').ToLowerInvariant()))
            .ToList();
        return kept.Count == 0 ? null : string.Join(' ', kept);
    }

    /// <summary>
    /// The query's words as the user typed them apart: the operands of its top-level AND, each with the synonyms and
    /// compound parts it was widened with; excluded words (-woord) are not among them (see <see cref="ExcludedOf"/>).
    /// A phrase or an OR the user typed stays one word.
    /// </summary>
    public static IReadOnlyList<NpgsqlTsQuery> WordsOf(NpgsqlTsQuery query)
    {
        var words = new List<NpgsqlTsQuery>();
        Collect(query);
        return words;

        void Collect(NpgsqlTsQuery node)
        {
            switch (node)
            {
                case NpgsqlTsQueryAnd and:
                    Collect(and.Left);
                    Collect(and.Right);
                    break;
                case NpgsqlTsQueryNot:
                    break;
                default:
                    words.Add(node);
                    break;
            }
        }
    }

    /// <summary>The excluded words (-woord) of a query, joined with OR; null when there are none.</summary>
    public static NpgsqlTsQuery? ExcludedOf(NpgsqlTsQuery query)
    {
        var excluded = new List<NpgsqlTsQuery>();
        Collect(query);
        return excluded.Count == 0 ? null : excluded.Skip(1).Aggregate(excluded[0], (any, word) => new NpgsqlTsQueryOr(any, word));

        void Collect(NpgsqlTsQuery node)
        {
            switch (node)
            {
                case NpgsqlTsQueryAnd and:
                    Collect(and.Left);
                    Collect(and.Right);
                    break;
                case NpgsqlTsQueryNot not:
                    excluded.Add(not.Child);
                    break;
            }
        }
    }

    /// <summary>
    /// The query's words joined with OR: ts_headline marks words only inside a stretch that satisfies the whole query,
    /// and a hit may have matched in the title or a comment, not in the text shown. Excluded words (-woord) stay out.
    /// </summary>
    public static NpgsqlTsQuery AnyWordOf(NpgsqlTsQuery query)
    {
        var lexemes = new List<NpgsqlTsQueryLexeme>();
        Collect(query);
        return lexemes.Count == 0 ? query : lexemes.Skip(1).Aggregate((NpgsqlTsQuery)lexemes[0], (any, lexeme) => new NpgsqlTsQueryOr(any, lexeme));

        void Collect(NpgsqlTsQuery node)
        {
            switch (node)
            {
                case NpgsqlTsQueryLexeme lexeme:
                    lexemes.Add(lexeme);
                    break;
                case NpgsqlTsQueryBinOp binary:
                    Collect(binary.Left);
                    Collect(binary.Right);
                    break;
            }
        }
    }
}
