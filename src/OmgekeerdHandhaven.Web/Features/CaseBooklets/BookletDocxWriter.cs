using OmgekeerdHandhaven.Web.Infrastructure.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>
/// The casusboekje as Word: real Heading 1/2/3 styles (so Word's navigation and contents work), a TOC field that Word
/// fills when the file opens, each domain from a new page, and the page number in the footer.
/// </summary>
public static class BookletDocxWriter
{
    public static void Write(BookletDocument booklet, Stream output, IProgress<int>? progress = null)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        var body = main.Document.Body!;
        AddStyles(main);
        var settings = main.AddNewPart<DocumentSettingsPart>();
        // Word asks to update the fields on opening, which fills the contents with the page numbers.
        settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });

        body.Append(Paragraph("Casusboekje", "Subtitle"));
        body.Append(Paragraph(booklet.Title, "Title"));
        body.Append(Paragraph(booklet.Municipality));
        body.Append(Paragraph($"Geldig tot {DutchTime.Date(booklet.ValidUntil)}"));
        foreach (var block in Blocks(booklet.Introduction))
        {
            body.Append(Paragraph(block));
        }

        body.Append(PageBreak());
        body.Append(Paragraph("Inhoud", "TOCHeading"));
        body.Append(TableOfContents());

        var done = 0;
        foreach (var (group, entries) in booklet.Groups)
        {
            body.Append(PageBreak());
            body.Append(Paragraph(group, "Heading1"));
            foreach (var entry in entries)
            {
                body.Append(Paragraph($"{entry.Number} — {entry.Title}", "Heading2"));
                body.Append(Paragraph("Situatie", "Heading3"));
                body.Append([.. Blocks(entry.Situation).Select(b => Paragraph(b))]);
                body.Append(Paragraph("Dilemma", "Heading3"));
                body.Append([.. Blocks(entry.Question).Select(b => Paragraph(b))]);
                if (entry.Options.Count > 0)
                {
                    body.Append(Paragraph("Opties", "Heading3"));
                    body.Append([.. entry.Options.Select(o => Paragraph($"• {Sentences.End(o.Description)} Gevolgen: {o.Consequences}"))]);
                }

                body.Append(Paragraph($"Besluit ({DutchTime.Date(entry.DecidedOn)})", "Heading3"));
                body.Append([.. Blocks(entry.Solution).Select(b => Paragraph(b))]);
                body.Append(Paragraph($"Motivering: {entry.Rationale}"));
                if (entry.Agreements.Count > 0)
                {
                    body.Append(Paragraph("Afspraken", "Heading3"));
                    body.Append([.. entry.Agreements.Select(a => Paragraph(
                        $"• {a.Description} — {a.Responsible}, {Sentences.End(BookletDocument.Term(a.TermDays))} Als de afspraak niet wordt nagekomen: {a.Fallback}"))]);
                }

                progress?.Report(++done * 95 / Math.Max(1, booklet.Count));
            }
        }

        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
            new Run(new Text($"{booklet.Title} · pagina ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567 }));
        main.Document.Save();
        progress?.Report(100);
    }

    private static IEnumerable<string> Blocks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(b => b.Trim().Length > 0);

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>A TOC field over Heading 1–2 with hyperlinks; its text until Word updates it says how to fill it.</summary>
    private static Paragraph TableOfContents() => new(
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
        new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("De inhoudsopgave verschijnt als Word de velden bijwerkt (F9).")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "21" }, new Languages { Val = "nl-NL" }))),
            Style("Normal", "Normal", null, null, 21, bold: false),
            Style("Title", "Title", null, null, 52, bold: true),
            Style("Subtitle", "Subtitle", null, null, 28, bold: false),
            Style("Heading1", "heading 1", 0, "Normal", 36, bold: true),
            Style("Heading2", "heading 2", 1, "Normal", 28, bold: true),
            Style("Heading3", "heading 3", 2, "Normal", 23, bold: true),
            Style("TOCHeading", "TOC Heading", null, "Normal", 36, bold: true));
    }

    private static Style Style(string id, string name, int? outlineLevel, string? basedOn, int halfPoints, bool bold)
    {
        // Children in the order the schema wants them: keepNext, spacing, outlineLvl; b before sz.
        var paragraph = new StyleParagraphProperties();
        if (outlineLevel is not null)
        {
            paragraph.Append(new KeepNext());
        }

        paragraph.Append(new SpacingBetweenLines { Before = bold ? "240" : "0", After = "120" });
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var style = new Style(new StyleName { Val = name }, new PrimaryStyle(), paragraph,
            new StyleRunProperties(bold ? new Bold() : new Bold { Val = false }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = id == "Normal",
        };
        if (basedOn is not null)
        {
            style.InsertAfter(new BasedOn { Val = basedOn }, style.StyleName);
        }

        return style;
    }
}
