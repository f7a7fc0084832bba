using PdfSharp.Fonts;

namespace OmgekeerdHandhaven.Web.Infrastructure.Documents;

/// <summary>
/// The one font of every PDF: DejaVu Sans (free licence, LICENSE-DejaVu.txt), shipped inside the app so a PDF looks
/// the same on every server and embeds its font, whatever fonts the machine has.
/// </summary>
public sealed class DocumentFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Lock Gate = new();

    private DocumentFonts()
    {
    }

    /// <summary>PDFsharp's resolver is process-wide and may be set once; every PDF writer calls this first.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not DocumentFonts)
            {
                GlobalFontSettings.FontResolver = new DocumentFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(DocumentFonts).Assembly.GetManifestResourceStream($"{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
