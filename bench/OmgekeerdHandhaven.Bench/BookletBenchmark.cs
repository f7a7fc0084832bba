using System.Diagnostics;
using System.Globalization;
using System.Text;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.CaseBooklets;

namespace OmgekeerdHandhaven.Bench;

/// <summary>
/// Casusboekje exports of N generated dilemmas (issue #5): each format rendered in a process of its own, so the peak
/// memory (VmHWM) belongs to that render alone; three runs after a warm-up in the same process.
/// </summary>
internal static class BookletBenchmark
{
    public static async Task<int> RunAsync(int count, string outFile, TextWriter log)
    {
        var results = new List<(string Format, double[] Seconds, long PeakKb, int Bytes, int Pages)>();
        foreach (var format in new[] { "pdf", "docx" })
        {
            var self = Environment.ProcessPath!;
            var info = new ProcessStartInfo(self) { RedirectStandardOutput = true };
            foreach (var arg in Environment.GetCommandLineArgs()[0].EndsWith(".dll", StringComparison.Ordinal) ? [Environment.GetCommandLineArgs()[0]] : Array.Empty<string>())
            {
                info.ArgumentList.Add(arg);
            }

            info.ArgumentList.Add("booklet-run");
            info.ArgumentList.Add(format);
            info.ArgumentList.Add(count.ToString(CultureInfo.InvariantCulture));
            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var parts = output.Trim().Split(' ');
            results.Add((format, [.. parts[0].Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture))],
                long.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture)));
            await log.WriteLineAsync($"  {format}: {output.Trim()}");
        }

        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Casusboekje van {count} dilemma's als PDF en Word");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Datum: {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        md.AppendLine("- Wat: BookletPdfWriter en BookletDocxWriter (wat de achtergrondtaak van /casusboekjes draait) over gegenereerde dilemma's met twee opties en één afspraak; elk formaat in een eigen proces, drie keer na één opwarmronde. Piekgeheugen = VmHWM van dat proces (runtime en lettertype inbegrepen).");
        md.AppendLine();
        md.AppendLine("| Formaat | Tijd per keer (s) | Mediaan (s) | Piekgeheugen proces (MB) | Bestand (KB) | Pagina's |");
        md.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var (format, seconds, peakKb, bytes, pages) in results)
        {
            var median = seconds.Order().ElementAt(seconds.Length / 2);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {format.ToUpperInvariant()} | {string.Join(" / ", seconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))} | {median:F2} | {peakKb / 1024.0:F0} | {bytes / 1024} | {(pages > 0 ? pages.ToString(CultureInfo.InvariantCulture) : "(Word pagineert zelf)")} |");
        }

        md.AppendLine();
        md.AppendLine("De export loopt in een achtergrondtaak (BookletExportWorker): andere verzoeken wachten er niet op; duurt het langer dan een seconde, dan toont de pagina de voortgang.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        await File.WriteAllTextAsync(outFile, md.ToString());
        await log.WriteLineAsync($"Resultaten geschreven naar {outFile}");
        return 0;
    }

    /// <summary>In the child process: warm up, render three times, print "s1,s2,s3 peakKb bytes pages".</summary>
    public static int RunOne(string format, int count)
    {
        var document = Generate(count);
        var seconds = new List<double>();
        byte[] last = [];
        for (var run = 0; run < 4; run++)
        {
            var clock = Stopwatch.StartNew();
            using var output = new MemoryStream();
            if (format == "pdf")
            {
                BookletPdfWriter.Write(document, output);
            }
            else
            {
                BookletDocxWriter.Write(document, output);
            }

            if (run > 0)
            {
                seconds.Add(clock.Elapsed.TotalSeconds);
            }

            last = output.ToArray();
        }

        // To look at what was measured: OH_BENCH_SAVE=/tmp/boekje bench/booklet.sh writes /tmp/boekje.pdf and .docx.
        if (Environment.GetEnvironmentVariable("OH_BENCH_SAVE") is { Length: > 0 } save)
        {
            File.WriteAllBytes($"{save}.{format}", last);
        }

        var pages = format == "pdf" ? PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(last), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import).PageCount : 0;
        var peak = File.ReadAllLines("/proc/self/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{string.Join(',', seconds.Select(s => s.ToString("F3", CultureInfo.InvariantCulture)))} {peak} {last.Length} {pages}"));
        return 0;
    }

    /// <summary>A published-looking booklet of <paramref name="count"/> generated decided dilemmas, built through the domain.</summary>
    private static BookletDocument Generate(int count)
    {
        var municipality = Guid.NewGuid();
        var author = new Actor(Guid.NewGuid(), new HashSet<string> { Roles.Handhaver });
        var decider = new Actor(Guid.NewGuid(), new HashSet<string> { Roles.Beslisser });
        var areas = DutchCaseGenerator.PolicyAreas.Select((name, i) => new PolicyArea(municipality, name, i)).ToDictionary(a => a.Name);
        var now = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
        var booklet = new CaseBooklet(municipality, "Casusboekje Werk en Inkomen 2027", "De dilemma's die ons team het vaakst tegenkomt, met de oplossing die we kozen.", new DateOnly(2027, 12, 31), decider, now);
        var generator = new DutchCaseGenerator(seed: 2026);
        var sequence = 0;
        while (booklet.Entries.Count < count)
        {
            var generated = generator.Next();
            if (generated.Decision is not { } decision)
            {
                continue;
            }

            var content = new DilemmaContent(generated.Title.PadRight(10, '.'), generated.Situation, generated.Question, null,
                [.. generated.PolicyAreas.Select(a => areas[a])], Enum.Parse<ChainPhase>(generated.Phase), [],
                [new DilemmaOption("Handhaven volgens de regels", "Terugvordering en mogelijk een boete."), new DilemmaOption("Maatwerk met afspraken", "Hulp eerst, handhaving als de afspraken niet worden nagekomen.")],
                null, "art. 17 Participatiewet");
            var dilemma = Dilemma.CreateDraft(municipality, new DilemmaNumber(2026, ++sequence), author, content, now);
            dilemma.Submit(author, now);
            dilemma.Decide(decider, decision.Solution, decision.Rationale,
                [new AgreementTerms("De klant levert binnen zes weken de ontbrekende stukken aan.", "consulent", null, new DateOnly(2027, 1, 10), "De uitkering wordt opgeschort.")], now);
            booklet.Add(dilemma, null, decider, now);
        }

        return BookletDocument.From(booklet, "Gemeente Voorbeeld");
    }
}
