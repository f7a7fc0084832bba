using System.Diagnostics;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// Debian's qpdf checks a PDF's structure and streams the way a strict reader does ("damaged data block" in a viewer is a
/// qpdf error here): exit 0 is sound, 2 errors, 3 warnings.
/// </summary>
public static class PdfCheck
{
    public static async Task AssertSoundAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"oh-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var qpdf = Process.Start(new ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await qpdf.StandardOutput.ReadToEndAsync() + await qpdf.StandardError.ReadToEndAsync();
            await qpdf.WaitForExitAsync();
            Assert.True(qpdf.ExitCode == 0, $"qpdf --check exited with {qpdf.ExitCode}:{Environment.NewLine}{output}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
