using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Documents;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>
/// The casusboekje as PDF: a cover page, a table of contents with page numbers, each domain from a new page and each
/// dilemma with situation, dilemma, options, decision and agreements as terms; page numbers in the footer.
/// </summary>
public static class BookletPdfWriter
{
    private const double TocLine = 16;

    public static void Write(BookletDocument booklet, Stream output, IProgress<int>? progress = null)
    {
        using var layout = new PdfLayout(booklet.Title, $"{booklet.Title} · {booklet.Municipality}");
        Cover(layout, booklet);

        // The contents come before the dilemmas but need their page numbers: reserve its pages now, fill them in last.
        var tocPages = new List<PdfPage>();
        var linesPerPage = (int)((layout.Document.Pages[0].Height.Point - 200) / TocLine);
        var tocLines = (int)Math.Ceiling(booklet.Groups.Count * 1.25) + booklet.Count + 3; // a domain line is a bit higher
        for (var i = 0; i < Math.Max(1, (tocLines + linesPerPage - 1) / linesPerPage); i++)
        {
            tocPages.Add(layout.NewPage());
        }

        var pages = new List<(string Text, bool Group, int Page)>();
        var done = 0;
        foreach (var (group, entries) in booklet.Groups)
        {
            layout.NewPage();
            var groupLine = pages.Count;
            pages.Add((group, true, 0));
            layout.Heading(group, 1, page => pages[groupLine] = (group, true, page));
            foreach (var entry in entries)
            {
                // The heading is written with the text that follows, maybe on the next page: its line learns the page then.
                var title = $"{entry.Number} — {entry.Title}";
                var line = pages.Count;
                pages.Add((title, false, 0));
                layout.Heading(title, 2, page => pages[line] = (title, false, page));
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
                progress?.Report(++done * 95 / Math.Max(1, booklet.Count));
            }
        }

        Contents(layout, tocPages, pages);
        layout.Save(output);
        progress?.Report(100);
    }

    private static void Cover(PdfLayout layout, BookletDocument booklet)
    {
        var page = layout.NewPage();
        layout.Draw(page, (graphics, left, top) =>
        {
            var width = PdfLayout.ContentWidth(page);
            var y = top + 160;
            graphics.DrawString("Casusboekje", PdfLayout.Font(14), XBrushes.DimGray, left, y, XStringFormats.TopLeft);
            y += 30;
            foreach (var line in PdfLayout.Wrap(graphics, booklet.Title, PdfLayout.Font(26, bold: true), width))
            {
                graphics.DrawString(line, PdfLayout.Font(26, bold: true), XBrushes.Black, left, y, XStringFormats.TopLeft);
                y += 34;
            }

            y += 16;
            graphics.DrawString(booklet.Municipality, PdfLayout.Font(14), XBrushes.Black, left, y, XStringFormats.TopLeft);
            y += 24;
            graphics.DrawString($"Geldig tot {DutchTime.Date(booklet.ValidUntil)}", PdfLayout.Font(12), XBrushes.Black, left, y, XStringFormats.TopLeft);
            y += 20;
            graphics.DrawString($"{booklet.Count} {(booklet.Count == 1 ? "dilemma" : "dilemma's")} met hun oplossing", PdfLayout.Font(12), XBrushes.Black, left, y, XStringFormats.TopLeft);
            y += 40;
            foreach (var block in booklet.Introduction.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                foreach (var line in PdfLayout.Wrap(graphics, block, PdfLayout.Font(10.5), width))
                {
                    if (y > page.Height.Point - 120)
                    {
                        return; // the introduction also opens the print view; the cover shows what fits
                    }

                    graphics.DrawString(line, PdfLayout.Font(10.5), XBrushes.Black, left, y, XStringFormats.TopLeft);
                    y += 14;
                }

                y += 6;
            }
        });
    }

    private static void Contents(PdfLayout layout, List<PdfPage> tocPages, List<(string Text, bool Group, int Page)> lines)
    {
        var queue = new Queue<(string Text, bool Group, int Page)>(lines);
        foreach (var page in tocPages)
        {
            layout.Draw(page, (graphics, left, top) =>
            {
                var width = PdfLayout.ContentWidth(page);
                var y = top;
                if (page == tocPages[0])
                {
                    graphics.DrawString("Inhoud", PdfLayout.Font(18, bold: true), XBrushes.Black, left, y, XStringFormats.TopLeft);
                    y += 36;
                }

                while (queue.Count > 0 && y + TocLine < page.Height.Point - 90)
                {
                    var (text, group, number) = queue.Dequeue();
                    var font = PdfLayout.Font(10.5, bold: group);
                    var indent = group ? 0 : 14;
                    var label = PdfLayout.Wrap(graphics, text, font, width - indent - 40).First();
                    graphics.DrawString(label == text ? label : label + "…", font, XBrushes.Black, left + indent, y, XStringFormats.TopLeft);
                    graphics.DrawString(number.ToString(System.Globalization.CultureInfo.InvariantCulture), font, XBrushes.Black,
                        new XRect(left, y, width, font.Height), XStringFormats.TopRight);
                    y += group ? TocLine + 4 : TocLine;
                }
            });
        }

        if (queue.Count > 0)
        {
            throw new InvalidOperationException("The pages reserved for the contents are too few.");
        }
    }
}
