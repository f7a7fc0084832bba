using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Exchange;

/// <summary>
/// Beheer › Uitwisseling: download the gemeente's decided dilemmas in the exchange format, or take in another
/// gemeente's file. An import is checked whole first; a bad item refuses the file and is named.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class ExchangeController(ExchangeService exchange, TimeProvider clock) : Controller
{
    public const long MaxUpload = 20 * 1024 * 1024;

    [HttpGet("/beheer/uitwisseling")]
    public IActionResult Index() => View(new ExchangePageViewModel(null, []));

    [HttpGet("/beheer/uitwisseling/export")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var document = await exchange.ExportAsync(null, cancellationToken);
        var name = $"dilemmaregister-{document.Source!.Code ?? "export"}-{Infrastructure.DutchTime.Today(clock):yyyy-MM-dd}.json";
        return File(JsonSerializer.SerializeToUtf8Bytes(document, ExchangeService.Json), "application/json", name);
    }

    [HttpPost("/beheer/uitwisseling")]
    [RequestSizeLimit(MaxUpload)]
    public async Task<IActionResult> Import(IFormFile? bestand, CancellationToken cancellationToken)
    {
        if (bestand is null || bestand.Length == 0)
        {
            return Refused("Kies een uitwisselbestand (.json) om in te lezen.");
        }

        if (bestand.Length > MaxUpload)
        {
            return Refused("Het bestand is groter dan 20 MB. Verdeel het over meer bestanden.");
        }

        ExchangeDocument? document;
        try
        {
            await using var stream = bestand.OpenReadStream();
            document = await JsonSerializer.DeserializeAsync<ExchangeDocument>(stream, ExchangeService.Json, cancellationToken);
        }
        catch (JsonException)
        {
            return Refused("Dit bestand is geen geldige JSON; er is niets ingelezen.");
        }

        if (document is null)
        {
            return Refused("Het bestand is leeg; er is niets ingelezen.");
        }

        var outcome = await exchange.ImportAsync(document, User.ToActor(), cancellationToken);
        return outcome.Kind == OutcomeKind.Refused
            ? Refused("Het bestand is niet ingelezen; er is niets gewijzigd. Herstel deze punten en probeer het opnieuw:",
                [.. ImportProblems.Describe(document, outcome.Refusals.Select(r => new ValidationFailure(r.Field, r.Message))).Take(50)])
            : this.Answer(outcome, result =>
            {
                TempData["Melding"] = $"Het bestand is ingelezen: {result.Imported} nieuw, {result.Updated} bijgewerkt, {result.Skipped} ongewijzigd.";
                return Redirect("/beheer/uitwisseling");
            });
    }

    private ViewResult Refused(string message, IReadOnlyList<string>? problems = null)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), new ExchangePageViewModel(message, problems ?? []));
    }
}
