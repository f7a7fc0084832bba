using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace OmgekeerdHandhaven.Web.Infrastructure.Documents;

/// <summary>A line of a table of contents: the text, 1 for a chapter or 2 for an entry under it, and its page.</summary>
public sealed record ContentsLine(string Text, int Level, int Page);

/// <summary>
/// Flows Dutch text over A4 pages as a tagged PDF: headings, wrapped paragraphs, bullet lists and a table of contents,
/// a new page when one is full, "Pagina X van Y" in every footer and a bookmark for every chapter and entry. What
/// casusboekjes and werkoverleg papers share.
/// </summary>
/// <remarks>
/// A screen reader follows the structure tree (headings, lists, contents, paragraphs in reading order; footers are
/// artifacts it skips). PDFsharp builds that tree only while drawing page after page, in order, so nothing can be filled
/// in afterwards: <see cref="Write"/> lays the document out twice, first as a draft that learns the page count and where
/// each heading lands, then for real with the footers and the contents' page numbers known.
/// </remarks>
public sealed class PdfLayout : IDisposable
{
    private const double Margin = 56;
    private const double FooterHeight = 28;
    private const double ContentsLineHeight = 16;

    private readonly string _footer;
    private readonly int? _pageCount;
    private readonly StructureBuilder? _structure;
    private readonly List<(string Text, int Level, Action<int>? Written)> _pendingHeadings = [];
    private PdfOutline? _chapter;
    private bool _inList;
    private XGraphics? _graphics;
    private double _y;

    private PdfLayout(string title, string footer, int? pageCount)
    {
        DocumentFonts.Register();
        _footer = footer;
        _pageCount = pageCount;
        Document = new PdfDocument();
        Document.Info.Title = title;
        Document.Info.Creator = "Dilemmaregister";
        if (pageCount is not null)
        {
            var accessibility = UAManager.ForDocument(Document);
            _structure = accessibility.StructureBuilder;
            accessibility.SetDocumentLanguage("nl-NL");
        }

        // PDFsharp 6.2.4 on .NET 10 ends its Flate streams without the final block and checksum: readers warn of a
        // damaged data block and qpdf --check reports every stream. Uncompressed, the file is larger (the subset font
        // most) but sound; qpdf in the tests guards it.
        Document.Options.NoCompression = true;
        Document.Options.CompressContentStreams = false;
    }

    private PdfDocument Document { get; }

    /// <summary>True while the draft is laid out: page numbers told then are the draft's, which the final layout repeats.</summary>
    public bool IsDraft => _pageCount is null;

    /// <summary>1-based number of the page being written.</summary>
    public int PageNumber => Document.PageCount;

    public static XFont Font(double size, bool bold = false) => new(DocumentFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>
    /// Lays the document out with <paramref name="body"/> — twice, so it must write the same each time — and saves it.
    /// </summary>
    public static void Write(string title, string footer, Stream output, Action<PdfLayout> body)
    {
        int pages;
        using (var draft = new PdfLayout(title, footer, pageCount: null))
        {
            body(draft);
            draft.Finish();
            pages = draft.PageNumber;
        }

        using var layout = new PdfLayout(title, footer, pages);
        body(layout);
        layout.Finish();
        if (layout.PageNumber != pages)
        {
            throw new InvalidOperationException($"The layout wrote {layout.PageNumber} pages after a draft of {pages}: the body must write the same each time.");
        }

        layout.Document.Save(output, closeStream: false);
    }

    public void NewPage()
    {
        // Added before the last page's graphics are let go: PDFsharp closes the open marked content on them.
        var page = Document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics?.Dispose();
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
        if (_pageCount is { } count)
        {
            // Drawn first but placed at the bottom; an artifact, so it does not interrupt the text it lands between.
            _structure!.BeginArtifact();
            var font = Font(8.5);
            var area = new XRect(Margin, page.Height.Point - Margin + (FooterHeight / 2), ContentWidth, font.Height);
            _graphics.DrawString(_footer, font, XBrushes.DimGray, area, XStringFormats.TopLeft);
            _graphics.DrawString($"Pagina {PageNumber} van {count}", font, XBrushes.DimGray, area, XStringFormats.TopRight);
            _structure.End();
        }
    }

    /// <summary>
    /// A heading, kept with what follows: it is written together with the next paragraph or bullet, and when the headings
    /// in a row plus two lines of that text do not fit, they all start on the next page (never a heading alone at the bottom).
    /// </summary>
    /// <param name="text">The heading.</param>
    /// <param name="level">1 to 3.</param>
    /// <param name="written">Told the page the heading lands on (for a table of contents), once that is known.</param>
    public void Heading(string text, int level, Action<int>? written = null) => _pendingHeadings.Add((text, level, written));

    /// <summary>The document's title in large type, as its first heading (a cover).</summary>
    public void Title(string text)
    {
        WritePendingHeadings(0);
        CloseList();
        Block(text, Font(26, bold: true), XBrushes.Black, 0, PdfBlockLevelElementTag.Heading1, lineHeight: 34);
        _y += 8;
    }

    public void Paragraph(string text, bool bold = false, double size = 10.5, XBrush? colour = null)
    {
        WritePendingHeadings(2 * Font(size).Height * 1.15);
        CloseList();
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            Block(block, Font(size, bold), colour ?? XBrushes.Black, 0, PdfBlockLevelElementTag.Paragraph);
        }

        _y += 5;
    }

    /// <summary>An item of a bullet list; bullets in a row form one list.</summary>
    public void Bullet(string text)
    {
        var font = Font(10.5);
        WritePendingHeadings(2 * font.Height * 1.15);
        if (!_inList)
        {
            _structure?.BeginElement(PdfBlockLevelElementTag.List);
            _inList = true;
        }

        _structure?.BeginElement(PdfBlockLevelElementTag.ListItem);
        Ensure(font.Height);
        _structure?.BeginElement(PdfBlockLevelElementTag.Label);
        Graphics.DrawString("•", font, XBrushes.Black, Margin + 4, _y, XStringFormats.TopLeft);
        _structure?.End();
        _structure?.BeginElement(PdfBlockLevelElementTag.ListBody);
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            Block(block, font, XBrushes.Black, 16, PdfBlockLevelElementTag.Paragraph);
        }

        _structure?.End();
        _structure?.End();
        _y += 5;
    }

    public void Space(double points) => _y += points;

    /// <summary>A table of contents under its own heading: chapters in bold, entries indented, page numbers on the right.</summary>
    public void Contents(string heading, IReadOnlyList<ContentsLine> lines)
    {
        Heading(heading, 1);
        WritePendingHeadings(ContentsLineHeight);
        _structure?.BeginElement(PdfGroupingElementTag.TableOfContents);
        foreach (var (text, level, page) in lines)
        {
            var font = Font(10.5, bold: level == 1);
            var indent = level == 1 ? 0 : 14;
            if (level == 1 && _y > Margin + 60)
            {
                _y += 6; // a chapter stands a little apart from the entries of the one before
            }

            // A chapter's line is not left at the bottom without its first entry.
            Ensure(level == 1 ? 2 * ContentsLineHeight : ContentsLineHeight);
            _structure?.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
            _structure?.BeginElement(PdfBlockLevelElementTag.Paragraph);
            var label = Wrap(Graphics, text, font, ContentWidth - indent - 40).First();
            Graphics.DrawString(label == text ? label : label + "…", font, XBrushes.Black, Margin + indent, _y, XStringFormats.TopLeft);

            // The page number in content of its own, so it is read as a word apart ("jeugdhulp 3", not "jeugdhulp3").
            _structure?.EndMarkedContentsWithId();
            Graphics.DrawString(page.ToString(System.Globalization.CultureInfo.InvariantCulture), font, XBrushes.Black,
                new XRect(Margin, _y, ContentWidth, font.Height), XStringFormats.TopRight);
            _structure?.End();
            _structure?.End();
            _y += level == 1 ? ContentsLineHeight + 2 : ContentsLineHeight;
        }

        _structure?.End();
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

    private static PdfBlockLevelElementTag HeadingTag(int level) => level switch
    {
        1 => PdfBlockLevelElementTag.Heading1,
        2 => PdfBlockLevelElementTag.Heading2,
        _ => PdfBlockLevelElementTag.Heading3,
    };

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Call NewPage first.");

    private PdfPage Page => Document.Pages[Document.PageCount - 1];

    private double ContentWidth => Page.Width.Point - (2 * Margin);

    private double Bottom => Page.Height.Point - Margin - FooterHeight;

    private void Finish()
    {
        WritePendingHeadings(0);
        CloseList();
        _graphics?.Dispose();
        _graphics = null;
    }

    private void CloseList()
    {
        if (_inList)
        {
            _structure?.End();
            _inList = false;
        }
    }

    private void WritePendingHeadings(double followedBy)
    {
        if (_pendingHeadings.Count == 0)
        {
            return;
        }

        CloseList();
        var height = _pendingHeadings.Sum(h =>
            (h.Level == 1 ? 6 : 4) + 4 + (Wrap(Graphics, h.Text, HeadingFont(h.Level), ContentWidth).Count() * HeadingFont(h.Level).Height * 1.15));
        Ensure(height + followedBy);
        foreach (var (text, level, written) in _pendingHeadings)
        {
            _y += level == 1 ? 6 : 4;
            written?.Invoke(PageNumber);
            Bookmark(text, level);
            Block(text, HeadingFont(level), XBrushes.Black, 0, HeadingTag(level));
            _y += 4;
        }

        _pendingHeadings.Clear();
    }

    /// <summary>Chapters and the entries under them in the reader's bookmarks (PDF/UA asks for them in long documents).</summary>
    private void Bookmark(string text, int level)
    {
        if (IsDraft || level > 2)
        {
            return;
        }

        if (level == 1)
        {
            _chapter = Document.Outlines.Add(text, Page, opened: true);
        }
        else
        {
            (_chapter?.Outlines ?? Document.Outlines).Add(text, Page);
        }
    }

    private void Ensure(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>One structure element (a paragraph, a heading) of wrapped lines; it may continue on the next page.</summary>
    private void Block(string text, XFont font, XBrush colour, double indent, PdfBlockLevelElementTag tag, double? lineHeight = null)
    {
        _structure?.BeginElement(tag);
        foreach (var line in Wrap(Graphics, text, font, ContentWidth - indent))
        {
            Ensure(font.Height);
            Graphics.DrawString(line, font, colour, Margin + indent, _y, XStringFormats.TopLeft);
            _y += lineHeight ?? font.Height * 1.15;
        }

        _structure?.End();
    }
}
