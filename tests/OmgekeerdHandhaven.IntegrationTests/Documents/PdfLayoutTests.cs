using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace OmgekeerdHandhaven.IntegrationTests.Documents;

/// <summary>The PDF layout of casusboekjes and werkoverleg papers, read back with PdfPig and checked with qpdf.</summary>
public sealed class PdfLayoutTests
{
    /// <summary>
    /// Headings in a row (a dilemma's title, then "Situatie") start wherever the page happens to be full, so the page's
    /// fill is varied over a whole page: at no point may a heading be left at the bottom without its text.
    /// </summary>
    [Fact]
    public async Task Headings_AreKeptWithTheTextThatFollows_WhereverThePageEnds()
    {
        for (var filler = 40; filler <= 62; filler++)
        {
            var toldPage = 0;
            using var output = new MemoryStream();
            PdfLayout.Write("Test", "Test", output, layout =>
            {
                layout.NewPage();
                for (var i = 0; i < filler; i++)
                {
                    layout.Paragraph($"Vulregel {i}.");
                }

                layout.Heading("Dilemmakop", 2, page => toldPage = page);
                layout.Heading("Situatiekop", 3);
                layout.Paragraph("Eersteregel van de situatie, die op dezelfde pagina staat als de koppen erboven.");
            });

            await PdfCheck.AssertSoundAsync(output.ToArray());
            using var pdf = PdfDocument.Open(output.ToArray());
            var page = pdf.GetPages().Single(p => p.Text.Contains("Dilemmakop", StringComparison.Ordinal));
            Assert.True(page.Text.Contains("Situatiekop", StringComparison.Ordinal) && page.Text.Contains("Eersteregel", StringComparison.Ordinal),
                $"with {filler} lines before it, a heading stands alone at the bottom of page {page.Number}");
            // What a table of contents is told is the page the heading really landed on.
            Assert.Equal(page.Number, toldPage);
        }
    }

    /// <summary>
    /// A screen reader follows the structure tree, not the drawing: the cover's title, the contents, each chapter with its
    /// headings, paragraphs and lists in the order they are read, a paragraph that runs over a page as one, in Dutch —
    /// and the footers left out as artifacts.
    /// </summary>
    [Fact]
    public async Task Pdf_IsTagged_HeadingsListsAndContentsInReadingOrder_FootersLeftOut()
    {
        var longSituation = string.Join(' ', Enumerable.Repeat("De vader teelt hennep op zolder en de jeugdhulp komt wekelijks langs.", 60));
        using var output = new MemoryStream();
        PdfLayout.Write("Casusboekje hennep", "Casusboekje hennep · Gemeente Voorbeeld", output, layout =>
        {
            layout.NewPage();
            layout.Title("Casusboekje hennep");
            layout.NewPage();
            layout.Contents("Inhoud", [new ContentsLine("Jeugd", 1, 3), new ContentsLine("D-1 — Hennep en jeugdhulp", 2, 3)]);
            layout.NewPage();
            layout.Heading("Jeugd", 1);
            layout.Heading("D-1 — Hennep en jeugdhulp", 2);
            layout.Heading("Situatie", 3);
            layout.Paragraph(longSituation);
            layout.Heading("Afspraken", 3);
            layout.Bullet("Melden bij de politie.");
            layout.Bullet("Jeugdhulp blijft betrokken.");
            layout.Paragraph("Motivering: het belang van het kind gaat voor.");
        });

        var bytes = output.ToArray();
        await PdfCheck.AssertSoundAsync(bytes);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("nl-NL", TaggedPdf.Language(pdf));
        Assert.True(TaggedPdf.IsMarked(pdf));
        var read = TaggedPdf.ReadingOrder(pdf).Where(e => e.Tag != "Document").ToList();
        Assert.Equal(
            ["H1", "H1", "TOC", "TOCI", "P", "TOCI", "P", "H1", "H2", "H3", "P", "H3", "L", "LI", "Lbl", "LBody", "P", "LI", "Lbl", "LBody", "P", "P"],
            read.Select(e => e.Tag));
        Assert.Equal("Casusboekje hennep", read[0].Text);
        Assert.Equal("Inhoud", read[1].Text);
        Assert.Equal("D-1 — Hennep en jeugdhulp 3", read[6].Text);

        // The situation runs over two pages and still reads as one paragraph, whole.
        Assert.True(pdf.NumberOfPages >= 4);
        var situation = read[10];
        Assert.Equal(longSituation.Replace(" ", string.Empty, StringComparison.Ordinal), situation.Text.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("Melden bij de politie.", read[16].Text);
        Assert.Equal("Motivering: het belang van het kind gaat voor.", read[^1].Text);

        // The footers are on every page but in no element.
        Assert.Contains($"Pagina 4 van {pdf.NumberOfPages}", pdf.GetPage(4).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(read, e => e.Text.Contains("Pagina", StringComparison.Ordinal) || e.Text.Contains("Gemeente Voorbeeld", StringComparison.Ordinal));

        // Bookmarks for the contents, the chapter and the entry under it.
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Inhoud", "Jeugd"], bookmarks.Roots.Select(b => b.Title));
        var chapter = bookmarks.Roots[1];
        Assert.Equal("D-1 — Hennep en jeugdhulp", Assert.Single(chapter.Children).Title);
    }

    [Theory]
    [InlineData("Melden bij de politie.", "Melden bij de politie.")]
    [InlineData("Melden bij de politie", "Melden bij de politie.")]
    [InlineData("Wat nu?", "Wat nu?")]
    [InlineData("Zie hierna:", "Zie hierna:")]
    public void Sentence_GetsOneFullStop_NeverTwo(string text, string expected) => Assert.Equal(expected, Sentences.End(text));
}
