using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;
using UglyToad.PdfPig;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>Casusboekjes: compose with search, publish (frozen), and the PDF, Word and print forms read back.</summary>
[Collection(SharedApp.Name)]
public sealed class CaseBookletTests(AppFactory app)
{
    [Fact]
    public async Task PublishedEdition_StaysFrozen_WhenADecisionIsRevised_AndTheDilemmaPageNamesIt()
    {
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var number = await DecidedAsync("Zwembadabonnement uit de bijzondere bijstand", "Het abonnement wordt vergoed voor de kinderen.");
        var booklet = await CreateAsync(beslisser, "Casusboekje bevroren editie");
        await AddAsync(beslisser, booklet, "zwembadabonnement", number);

        var published = await beslisser.SubmitAsync($"{booklet}/publiceren", $"{booklet}/publiceren");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var revised = await DilemmaSteps.DecideAsync(beslisser, number,
            ("Solution", "Herzien: het abonnement gaat via het kindpakket."), ("Rationale", "Nieuwe regeling van de gemeente."));
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);

        var (_, print) = await beslisser.GetAsync($"{booklet}/afdrukken");
        var text = print.QuerySelector("article")!.TextContent;
        Assert.Contains("Het abonnement wordt vergoed voor de kinderen.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kindpakket", text, StringComparison.Ordinal);
        var (_, dilemmaPage) = await beslisser.GetAsync($"/dilemmas/{number}");
        Assert.Contains("Opgenomen in casusboekje Casusboekje bevroren editie", dilemmaPage.QuerySelector("#casusboekjes")?.ParentElement?.TextContent, StringComparison.Ordinal);

        // A published edition refuses changes.
        var (_, page) = await beslisser.GetAsync(booklet);
        Assert.Null(page.QuerySelector("#kiezen"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var change = await beslisser.PostAsync($"{booklet}/dilemmas", ("dilemmas", number), ("__RequestVerificationToken", token));
        // From a page left open: back to the booklet, which says why; the edition's forms are not possible at all.
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        (_, page) = await beslisser.GetAsync(change.Headers.Location!.OriginalString);
        Assert.Contains(CaseBooklet.PublishedReason, page.Body!.TextContent, StringComparison.Ordinal);
        var (edit, editPage) = await beslisser.GetAsync($"{booklet}/wijzigen");
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains(CaseBooklet.PublishedReason, editPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_HasACoverAndContentsWithPageNumbers_EveryTitleOnItsPage_AndAnEmbeddedFont()
    {
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var numbers = new[]
        {
            await DecidedAsync("Sportvereniging contributie bij schulden", "Contributie wordt betaald uit het leefgeld."),
            await DecidedAsync("Sportvereniging contributie en de voedselbank", "De voedselbank helpt tijdelijk."),
        };
        var booklet = await CreateAsync(beslisser, "Casusboekje sportvereniging");
        await AddAsync(beslisser, booklet, "sportvereniging", numbers);

        var pdf = await DownloadAsync(beslisser, booklet, "pdf");

        await PdfCheck.AssertSoundAsync(pdf);
        using var document = PdfDocument.Open(pdf);
        var allText = string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("politie. Gevolgen:", allText, StringComparison.Ordinal);
        Assert.DoesNotContain("..", allText, StringComparison.Ordinal);
        Assert.Contains("Casusboekje sportvereniging", document.GetPage(1).Text, StringComparison.Ordinal);
        // The contents as lines (words grouped by their baseline), before the first dilemma's page.
        var contents = Enumerable.Range(2, document.NumberOfPages - 1).Select(document.GetPage)
            .TakeWhile(p => !p.Text.Contains("Situatie", StringComparison.Ordinal))
            .SelectMany(p => p.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Select(line => string.Join(' ', line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
            .ToList();
        Assert.Contains("Inhoud", contents);
        foreach (var title in new[] { "Sportvereniging contributie bij schulden", "Sportvereniging contributie en de voedselbank" })
        {
            // The contents line ends with the page number; that page holds the dilemma's heading.
            var line = contents.Single(l => l.Contains(title, StringComparison.Ordinal));
            var pageNumber = int.Parse(line.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(title, document.GetPage(pageNumber).Text, StringComparison.Ordinal);
            Assert.Contains($"Pagina {pageNumber} van {document.NumberOfPages}", document.GetPage(pageNumber).Text, StringComparison.Ordinal);
        }

        // "ABCDEF+DejaVu Sans": the subset tag means the font is embedded in the file.
        Assert.All(document.GetPage(1).Letters, l => Assert.Matches(@"^[A-Z]{6}\+DejaVu Sans", l.FontName));

        // Tagged for a screen reader, in reading order: the cover's title, the contents, then the domain with its dilemmas.
        Assert.Equal("nl-NL", TaggedPdf.Language(document));
        var headings = TaggedPdf.ReadingOrder(document).Where(e => e.Tag is "H1" or "H2" or "H3" or "TOC").Select(e => $"{e.Tag} {e.Text}".Trim()).ToList();
        Assert.Equal(["H1 Casusboekje sportvereniging", "H1 Inhoud", "TOC", "H1 Participatiewet", $"H2 {numbers[0]} — Sportvereniging contributie bij schulden", "H3 Situatie"], headings.Take(6));
        Assert.Contains($"H2 {numbers[1]} — Sportvereniging contributie en de voedselbank", headings);
    }

    [Fact]
    public async Task Docx_OpensWithTheOpenXmlSdk_WithRealHeadings_ATocField_AndPageNumbers()
    {
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var number = await DecidedAsync("Tuinonderhoud door een bijstandsgerechtigde buurman", "Vrijwilligerswerk zonder verrekening.");
        var booklet = await CreateAsync(beslisser, "Casusboekje tuinonderhoud");
        await AddAsync(beslisser, booklet, "tuinonderhoud", number);

        var docx = await DownloadAsync(beslisser, booklet, "docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Contains(paragraphs, p => StyleOf(p) == "Heading1" && p.InnerText == "Participatiewet");
        Assert.Contains(paragraphs, p => StyleOf(p) == "Heading2" && p.InnerText == $"{number} — Tuinonderhoud door een bijstandsgerechtigde buurman");
        Assert.Contains(document.MainDocumentPart.Document.Descendants<FieldCode>(), f => f.Text.Trim().StartsWith("TOC", StringComparison.Ordinal));
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        Assert.Equal(0, styles.Single(s => s.StyleId == "Heading1").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Contains(document.MainDocumentPart.FooterParts.SelectMany(f => f.Footer!.Descendants<SimpleField>()), f => f.Instruction!.Value!.Contains("PAGE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExportStillBeingMade_ShowsItsProgress_WithoutReloadingItself()
    {
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var user = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == "beslisser@voorbeeld.nl"));
        var booklet = await app.QueryAsync(db => db.CaseBooklets.IgnoreQueryFilters().Where(b => b.MunicipalityId == user.MunicipalityId).Select(b => b.Id).FirstAsync());
        // A large export halfway: running (so the worker leaves it alone) at 40 %.
        var export = new OmgekeerdHandhaven.Web.Domain.BookletExport(user.MunicipalityId, booklet, OmgekeerdHandhaven.Web.Domain.BookletFormat.Pdf, user.Id, DateTimeOffset.UtcNow);
        await app.QueryAsync(async db =>
        {
            db.BookletExports.Add(export);
            await db.SaveChangesAsync();
            return await db.BookletExports.IgnoreQueryFilters().Where(e => e.Id == export.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, OmgekeerdHandhaven.Web.Domain.BookletExportStatus.Running).SetProperty(e => e.Progress, 40));
        });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (response, page) = await beslisser.GetAsync($"/casusboekjes/{booklet}/export/{export.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), "a fast export would have been waited for, up to a second");
        // A page that reloads itself fails WCAG 2.2.1: a script follows the progress, without one the user chooses Vernieuwen.
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal("40", page.QuerySelector("progress")?.GetAttribute("value"));
        Assert.Contains("40% klaar", page.QuerySelector("[aria-live=polite]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/casusboekjes/{booklet}/export/{export.Id}", page.QuerySelectorAll("a").Single(a => a.TextContent == "Vernieuwen").GetAttribute("href"));
        var progress = await beslisser.Client.GetAsync($"/casusboekjes/{booklet}/export/{export.Id}/voortgang");
        var json = System.Text.Json.JsonDocument.Parse(await progress.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("bezig", json.GetProperty("status").GetString());
        Assert.Equal(40, json.GetProperty("progress").GetInt32());

        // Someone else's export is not theirs to follow.
        using var other = app.CreateSession();
        await other.LoginSuccessfullyAsync("teamleider@voorbeeld.nl");
        var (foreign, _) = await other.GetAsync($"/casusboekjes/{booklet}/export/{export.Id}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/casusboekjes/{booklet}/export/{export.Id}/voortgang")).StatusCode);
    }

    [Fact]
    public async Task Consulent_ReadsAndDownloads_ButCannotCompose_AndAnotherGemeenteSeesNothing()
    {
        var booklet = await app.QueryAsync(db => db.CaseBooklets.IgnoreQueryFilters()
            .Where(b => db.Municipalities.Any(m => m.Id == b.MunicipalityId && m.Code == "GM0000")).Select(b => b.Id).FirstAsync());
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        using var anderdorp = app.CreateSession();
        await anderdorp.LoginSuccessfullyAsync("beslisser@anderdorp.nl");

        var (read, _) = await consulent.GetAsync($"/casusboekjes/{booklet}");
        var create = await consulent.Client.GetAsync("/casusboekjes/nieuw");
        var pdf = await DownloadAsync(consulent, $"/casusboekjes/{booklet}", "pdf");
        var (foreign, _) = await anderdorp.GetAsync($"/casusboekjes/{booklet}");
        var (foreignPrint, _) = await anderdorp.GetAsync($"/casusboekjes/{booklet}/afdrukken");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.True(pdf.Length > 1000);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignPrint.StatusCode);
    }

    [Fact]
    public async Task AnUndecidedDilemma_CannotGoIn_AndNothingIsAdded()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var open = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", "Open dilemma voor het casusboekje"));
        var booklet = await CreateAsync(handhaver, "Casusboekje zonder open dilemma's");

        var (_, page) = await handhaver.GetAsync(booklet);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await handhaver.PostAsync($"{booklet}/dilemmas", ("dilemmas", open), ("__RequestVerificationToken", token));

        (_, page) = await handhaver.GetAsync(booklet);
        Assert.Contains("is niet besloten", page.QuerySelector(".utrecht-alert--error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("0", page.QuerySelectorAll("dl.oh-facts dd")[2].TextContent);
    }

    [Theory]
    [InlineData("", "Inleiding", "2030-01-01", "Form_Title-fout", "Geef het casusboekje een titel")]
    [InlineData("Casusboekje", "", "2030-01-01", "Form_Introduction-fout", "Schrijf een inleiding")]
    [InlineData("Casusboekje", "Inleiding met mail jan@voorbeeld.nl", "2030-01-01", "Form_Introduction-fout", "e-mailadres")]
    [InlineData("Casusboekje", "Inleiding", "2020-01-01", "Form_ValidUntil-fout", "na vandaag")]
    public async Task BadInput_ShowsTheErrorNextToTheField_AndSavesNothing(string title, string introduction, string validUntil, string errorId, string message)
    {
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var before = await app.QueryAsync(db => db.CaseBooklets.IgnoreQueryFilters().CountAsync());

        var response = await beslisser.SubmitAsync("/casusboekjes/nieuw", "/casusboekjes/nieuw",
            ("Form.Title", title), ("Form.Introduction", introduction), ("Form.ValidUntil", validUntil));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Contains(message, page.GetElementById(errorId)?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.CaseBooklets.IgnoreQueryFilters().CountAsync()));
    }

    private async Task<string> DecidedAsync(string title, string solution)
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        // An option that ends its own sentence, as users write them: the booklet must not print "politie.. Gevolgen".
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true, ("Title", title), ("Options[0].Description", "Melden bij de politie."));
        var decided = await DilemmaSteps.DecideAsync(beslisser, number, ("Solution", solution), ("Rationale", "Past bij de visie."),
            ("Agreements[0].Description", "Evaluatie na zes weken"), ("Agreements[0].Responsible", "jeugdhulpverlener"),
            ("Agreements[0].DueDate", DateTime.UtcNow.AddDays(42).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Agreements[0].Fallback", "Handhaving gaat door."));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        return number;
    }

    private static async Task<string> CreateAsync(WebSession session, string title)
    {
        var response = await session.SubmitAsync("/casusboekjes/nieuw", "/casusboekjes/nieuw",
            ("Form.Title", title), ("Form.Introduction", "Voor het team: de oplossingen die we kozen."), ("Form.ValidUntil", "2030-12-31"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Searches as the page does and ticks the given numbers among the results.</summary>
    private static async Task AddAsync(WebSession session, string booklet, string query, params string[] numbers)
    {
        var (_, page) = await session.GetAsync($"{booklet}?zoekterm={query}");
        var offered = page.QuerySelectorAll("input[name=dilemmas]").Select(i => i.GetAttribute("value")).ToList();
        Assert.All(numbers, n => Assert.Contains(n, offered));
        var response = await session.SubmitAsync($"{booklet}?zoekterm={query}", $"{booklet}/dilemmas", [.. numbers.Select(n => ("dilemmas", n))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Asks for the file and follows the progress page until it is there, as the browser does.</summary>
    private static async Task<byte[]> DownloadAsync(WebSession session, string booklet, string format)
    {
        var requested = await session.SubmitAsync(booklet, $"{booklet}/export/{format}");
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var status = requested.Headers.Location!.OriginalString;
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var response = await session.Client.GetAsync(status);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                var file = await session.Client.GetAsync(response.Headers.Location!.OriginalString);
                Assert.Equal(HttpStatusCode.OK, file.StatusCode);
                return await file.Content.ReadAsByteArrayAsync();
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("wordt gemaakt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Fail("The export did not finish.");
        return [];
    }
}
