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
            using var layout = new PdfLayout("Test", "Test");
            layout.NewPage();
            for (var i = 0; i < filler; i++)
            {
                layout.Paragraph($"Vulregel {i}.");
            }

            var toldPage = 0;
            layout.Heading("Dilemmakop", 2, page => toldPage = page);
            layout.Heading("Situatiekop", 3);
            layout.Paragraph("Eersteregel van de situatie, die op dezelfde pagina staat als de koppen erboven.");
            using var output = new MemoryStream();
            layout.Save(output);

            await PdfCheck.AssertSoundAsync(output.ToArray());
            using var pdf = PdfDocument.Open(output.ToArray());
            var page = pdf.GetPages().Single(p => p.Text.Contains("Dilemmakop", StringComparison.Ordinal));
            Assert.True(page.Text.Contains("Situatiekop", StringComparison.Ordinal) && page.Text.Contains("Eersteregel", StringComparison.Ordinal),
                $"with {filler} lines before it, a heading stands alone at the bottom of page {page.Number}");
            // What a table of contents is told is the page the heading really landed on.
            Assert.Equal(page.Number, toldPage);
        }
    }

    [Theory]
    [InlineData("Melden bij de politie.", "Melden bij de politie.")]
    [InlineData("Melden bij de politie", "Melden bij de politie.")]
    [InlineData("Wat nu?", "Wat nu?")]
    [InlineData("Zie hierna:", "Zie hierna:")]
    public void Sentence_GetsOneFullStop_NeverTwo(string text, string expected) => Assert.Equal(expected, Sentences.End(text));
}
