using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Documents;
using PdfSharp.Drawing;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>
/// The casusboekje as PDF: a cover page, a table of contents with page numbers, each domain from a new page and each
/// dilemma with situation, dilemma, options, decision and agreements as terms; page numbers in the footer, tagged for
/// screen readers (see <see cref="PdfLayout"/>).
/// </summary>
public static class BookletPdfWriter
{
    public static void Write(BookletDocument booklet, Stream output, IProgress<int>? progress = null)
    {
        // The contents come before the dilemmas but need their pages: the draft layout learns them, the final one prints them.
        var pages = new Dictionary<int, int>();
        PdfLayout.Write(booklet.Title, $"{booklet.Title} · {booklet.Municipality}", output, layout =>
        {
            Cover(layout, booklet);
            layout.NewPage();
            layout.Contents("Inhoud", Contents(booklet, pages));

            var line = 0;
            var done = 0;
            foreach (var (group, entries) in booklet.Groups)
            {
                layout.NewPage();
                var groupLine = line++;
                layout.Heading(group, 1, page => pages[groupLine] = page);
                foreach (var entry in entries)
                {
                    // The heading is written with the text that follows, maybe on the next page: its line learns the page then.
                    var entryLine = line++;
                    layout.Heading($"{entry.Number} — {entry.Title}", 2, page => pages[entryLine] = page);
                    layout.Heading("Situatie", 3);
                    layout.Paragraph(entry.Situation);
                    layout.Heading("Dilemma", 3);
                    layout.Paragraph(entry.Question);
                    if (entry.Options.Count > 0)
                    {
                        layout.Heading("Opties", 3);
                        foreach (var option in entry.Options)
                        {
                            layout.Bullet($"{Sentences.End(option.Description)} Gevolgen: {option.Consequences}");
                        }
                    }

                    layout.Heading($"Besluit ({DutchTime.Date(entry.DecidedOn)})", 3);
                    layout.Paragraph(entry.Solution);
                    layout.Paragraph($"Motivering: {entry.Rationale}");
                    if (entry.Agreements.Count > 0)
                    {
                        layout.Heading("Afspraken", 3);
                        foreach (var agreement in entry.Agreements)
                        {
                            layout.Bullet($"{agreement.Description} — {agreement.Responsible}, {Sentences.End(BookletDocument.Term(agreement.TermDays))} Als de afspraak niet wordt nagekomen: {agreement.Fallback}");
                        }
                    }

                    layout.Space(10);
                    done++;
                    progress?.Report(layout.IsDraft ? done * 45 / Math.Max(1, booklet.Count) : 50 + (done * 45 / Math.Max(1, booklet.Count)));
                }
            }
        });
        progress?.Report(100);
    }

    /// <summary>A line for each domain and each dilemma under it, in the order they are written, with the draft's pages.</summary>
    private static List<ContentsLine> Contents(BookletDocument booklet, Dictionary<int, int> pages)
    {
        var lines = new List<ContentsLine>();
        foreach (var (group, entries) in booklet.Groups)
        {
            lines.Add(new ContentsLine(group, 1, pages.GetValueOrDefault(lines.Count)));
            foreach (var entry in entries)
            {
                lines.Add(new ContentsLine($"{entry.Number} — {entry.Title}", 2, pages.GetValueOrDefault(lines.Count)));
            }
        }

        return lines;
    }

    private static void Cover(PdfLayout layout, BookletDocument booklet)
    {
        layout.NewPage();
        layout.Space(160);
        layout.Paragraph("Casusboekje", size: 14, colour: XBrushes.DimGray);
        layout.Space(8);
        layout.Title(booklet.Title);
        layout.Space(8);
        layout.Paragraph(booklet.Municipality, size: 14);
        layout.Paragraph($"Geldig tot {DutchTime.Date(booklet.ValidUntil)}", size: 12);
        layout.Paragraph($"{booklet.Count} {(booklet.Count == 1 ? "dilemma" : "dilemma's")} met hun oplossing", size: 12);
        layout.Space(24);
        layout.Paragraph(booklet.Introduction);
    }
}
