using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>One element of a PDF's structure tree: its tag (H1, P, L, TOCI …), depth and the text of its own content.</summary>
public sealed record TaggedElement(string Tag, int Depth, string Text);

/// <summary>
/// Reads a tagged PDF the way a screen reader does: the structure tree depth first, each element with the text of the
/// marked content it owns (looked up by page and MCID). Text that no element owns — artifacts such as footers — is absent.
/// </summary>
public static class TaggedPdf
{
    public static IReadOnlyList<TaggedElement> ReadingOrder(PdfDocument pdf)
    {
        var texts = new Dictionary<(int Page, int Mcid), string>();
        foreach (var page in pdf.GetPages())
        {
            if (page.Dictionary.Data.TryGetValue("StructParents", out var key) && key is NumericToken number)
            {
                foreach (var content in Flatten(page.GetMarkedContents()).Where(c => c.MarkedContentIdentifier >= 0))
                {
                    texts[(number.Int, content.MarkedContentIdentifier)] = string.Concat(content.Letters.Select(l => l.Value));
                }
            }
        }

        var root = Dictionary(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var elements = new List<TaggedElement>();
        foreach (var kid in Kids(pdf, root))
        {
            Walk(pdf, Dictionary(pdf, kid), 0, texts, elements);
        }

        return elements;
    }

    public static string? Language(PdfDocument pdf) =>
        pdf.Structure.Catalog.CatalogDictionary.Data.TryGetValue("Lang", out var lang) && Resolve(pdf, lang) is StringToken text ? text.Data : null;

    public static bool IsMarked(PdfDocument pdf) =>
        pdf.Structure.Catalog.CatalogDictionary.Data.TryGetValue("MarkInfo", out var info)
        && Dictionary(pdf, info).Data.TryGetValue("Marked", out var marked) && Resolve(pdf, marked) is BooleanToken { Data: true };

    private static void Walk(PdfDocument pdf, DictionaryToken element, int depth, Dictionary<(int, int), string> texts, List<TaggedElement> elements)
    {
        var tag = ((NameToken)Resolve(pdf, element.Data["S"])).Data;
        var own = new List<string>();
        var children = new List<DictionaryToken>();
        var page = element.Data.TryGetValue("Pg", out var pg) ? StructParents(pdf, pg) : -1;
        foreach (var kid in Kids(pdf, element))
        {
            switch (Resolve(pdf, kid))
            {
                case NumericToken mcid:
                    own.Add(texts.GetValueOrDefault((page, mcid.Int), string.Empty));
                    break;
                case DictionaryToken reference when reference.Data.TryGetValue("MCID", out var mcid):
                    var on = reference.Data.TryGetValue("Pg", out var otherPage) ? StructParents(pdf, otherPage) : page;
                    own.Add(texts.GetValueOrDefault((on, ((NumericToken)Resolve(pdf, mcid)).Int), string.Empty));
                    break;
                case DictionaryToken child:
                    children.Add(child);
                    break;
            }
        }

        elements.Add(new TaggedElement(tag, depth, string.Join(' ', own).Trim()));
        foreach (var child in children)
        {
            Walk(pdf, child, depth + 1, texts, elements);
        }
    }

    private static IEnumerable<IToken> Kids(PdfDocument pdf, DictionaryToken element) =>
        !element.Data.TryGetValue("K", out var kids) ? [] : Resolve(pdf, kids) is ArrayToken array ? array.Data : [kids];

    private static int StructParents(PdfDocument pdf, IToken page) =>
        Dictionary(pdf, page).Data.TryGetValue("StructParents", out var key) ? ((NumericToken)Resolve(pdf, key)).Int : -1;

    private static DictionaryToken Dictionary(PdfDocument pdf, IToken token) => (DictionaryToken)Resolve(pdf, token);

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> contents) =>
        contents.SelectMany(c => Flatten(c.Children).Prepend(c));
}
