using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OmgekeerdHandhaven.Web.Infrastructure.Documents;

/// <summary>
/// Flows Dutch text over A4 pages: headings, wrapped paragraphs and bullets, a new page when one is full, and
/// "Pagina X van Y" in every footer at the end. What casusboekjes and werkoverleg papers share.
/// </summary>
public sealed class PdfLayout : IDisposable
{
    private const double Margin = 56;
    private const double FooterHeight = 28;

    private readonly string _footer;
    private readonly List<(string Text, int Level, Action<int>? Written)> _pendingHeadings = [];
    private XGraphics? _graphics;
    private double _y;

    public PdfLayout(string title, string footer)
    {
        DocumentFonts.Register();
        _footer = footer;
        Document = new PdfDocument();
        Document.Info.Title = title;
        Document.Info.Creator = "Dilemmaregister";
        Document.Language = "nl-NL";

        // PDFsharp 6.2.4 on .NET 10 ends its Flate streams without the final block and checksum: readers warn of a
        // damaged data block and qpdf --check reports every stream. Uncompressed, the file is larger (the subset font
        // most) but sound; qpdf in the tests guards it.
        Document.Options.NoCompression = true;
        Document.Options.CompressContentStreams = false;
    }

    public PdfDocument Document { get; }

    /// <summary>1-based number of the page being written.</summary>
    public int PageNumber => Document.PageCount;

    public static XFont Font(double size, bool bold = false) => new(DocumentFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public static double ContentWidth(PdfPage page) => page.Width.Point - (2 * Margin);

    public PdfPage NewPage()
    {
        _graphics?.Dispose();
        var page = Document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
        return page;
    }

    /// <summary>
    /// A heading, kept with what follows: it is written together with the next paragraph or bullet, and when the headings
    /// in a row plus two lines of that text do not fit, they all start on the next page (never a heading alone at the bottom).
    /// </summary>
    /// <param name="text">The heading.</param>
    /// <param name="level">1 to 3.</param>
    /// <param name="written">Told the page the heading lands on (for a table of contents), once that is known.</param>
    public void Heading(string text, int level, Action<int>? written = null) => _pendingHeadings.Add((text, level, written));

    public void Paragraph(string text, bool bold = false, double indent = 0)
    {
        WritePendingHeadings(2 * Font(10.5).Height * 1.15);
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            Lines(block, Font(10.5, bold), indent);
        }

        _y += 5;
    }

    public void Bullet(string text)
    {
        WritePendingHeadings(2 * Font(10.5).Height * 1.15);
        Ensure(Font(10.5).Height);
        Graphics.DrawString("•", Font(10.5), XBrushes.Black, Margin + 4, _y, XStringFormats.TopLeft);
        Paragraph(text, indent: 16);
    }

    public void Space(double points) => _y += points;

    /// <summary>Footers on every page, then the document to <paramref name="output"/>.</summary>
    public void Save(Stream output)
    {
        WritePendingHeadings(0);
        _graphics?.Dispose();
        _graphics = null;
        var font = Font(8.5);
        for (var i = 0; i < Document.PageCount; i++)
        {
            var page = Document.Pages[i];
            using var footer = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin + (FooterHeight / 2);
            footer.DrawString(_footer, font, XBrushes.DimGray, new XRect(Margin, y, ContentWidth(page), font.Height), XStringFormats.TopLeft);
            footer.DrawString($"Pagina {i + 1} van {Document.PageCount}", font, XBrushes.DimGray, new XRect(Margin, y, ContentWidth(page), font.Height), XStringFormats.TopRight);
        }

        Document.Save(output, closeStream: false);
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        Document.Dispose();
    }

    /// <summary>Splits text into lines that fit the width; a word longer than a line is cut.</summary>
    public static IEnumerable<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (graphics.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                yield return line;
            }

            line = word;
            while (graphics.MeasureString(line, font).Width > width && line.Length > 1)
            {
                var cut = line.Length - 1;
                while (cut > 1 && graphics.MeasureString(line[..cut], font).Width > width)
                {
                    cut--;
                }

                yield return line[..cut];
                line = line[cut..];
            }
        }

        yield return line;
    }

    private static XFont HeadingFont(int level) => Font(level switch { 1 => 18, 2 => 14, _ => 11.5 }, bold: true);

    private void WritePendingHeadings(double followedBy)
    {
        if (_pendingHeadings.Count == 0)
        {
            return;
        }

        var width = ContentWidth(Document.Pages[Document.PageCount - 1]);
        var height = _pendingHeadings.Sum(h =>
            (h.Level == 1 ? 6 : 4) + 4 + (Wrap(Graphics, h.Text, HeadingFont(h.Level), width).Count() * HeadingFont(h.Level).Height * 1.15));
        Ensure(height + followedBy);
        foreach (var (text, level, written) in _pendingHeadings)
        {
            _y += level == 1 ? 6 : 4;
            written?.Invoke(PageNumber);
            Lines(text, HeadingFont(level), indent: 0);
            _y += 4;
        }

        _pendingHeadings.Clear();
    }

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Call NewPage first.");

    private double Bottom => Document.Pages[Document.PageCount - 1].Height.Point - Margin - FooterHeight;

    private void Ensure(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void Lines(string text, XFont font, double indent)
    {
        var width = ContentWidth(Document.Pages[Document.PageCount - 1]) - indent;
        foreach (var line in Wrap(Graphics, text, font, width))
        {
            Ensure(font.Height);
            Graphics.DrawString(line, font, XBrushes.Black, Margin + indent, _y, XStringFormats.TopLeft);
            _y += font.Height * 1.15;
        }
    }

    /// <summary>
    /// Draws freely on a page, this one (a cover) or one written earlier (a table of contents filled in once the page
    /// numbers are known); the arguments are the left and top margins.
    /// </summary>
    public void Draw(PdfPage page, Action<XGraphics, double, double> draw)
    {
        if (_graphics is not null && page == Document.Pages[Document.PageCount - 1])
        {
            draw(_graphics, Margin, Margin);
            return;
        }

        using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        draw(graphics, Margin, Margin);
    }
}
