using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Exchange;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Web;

namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>GET and POST /api/v1/exchange: decided dilemmas in the exchange format (spec/exchange-format.md).</summary>
[ApiController]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ApiRateLimit.PolicyName)]
[Route("/api/v1/exchange")]
[Tags("Uitwisseling")]
[Authorize(AuthenticationSchemes = AccessTokenAuthenticationHandler.SchemeName)]
[IgnoreAntiforgeryToken]
public sealed class ExchangeApiController(ExchangeService exchange) : ControllerBase
{
    /// <summary>Beheerder or Beslisser: the gemeente's decided dilemmas, optionally only those decided since a date.</summary>
    [HttpGet]
    [Authorize(AuthenticationSchemes = AccessTokenAuthenticationHandler.SchemeName, Policy = Policies.ExchangeExport)]
    public async Task<IActionResult> Export([FromQuery] string? since, CancellationToken cancellationToken)
    {
        DateOnly? from = null;
        if (!string.IsNullOrEmpty(since))
        {
            if (!DateOnly.TryParseExact(since, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                return ApiProblems.Validation(new Dictionary<string, string[]> { ["since"] = ["Geef since als datum, bijvoorbeeld 2026-01-31."] });
            }

            from = date;
        }

        return new JsonResult(await exchange.ExportAsync(from, cancellationToken), ExchangeService.Json);
    }

    /// <summary>Beheerder: imports a document whole or not at all → { imported, updated, skipped }.</summary>
    [HttpPost]
    [Authorize(AuthenticationSchemes = AccessTokenAuthenticationHandler.SchemeName, Policy = Policies.Beheer)]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public async Task<IActionResult> Import(ExchangeDocument document, CancellationToken cancellationToken)
    {
        var outcome = await exchange.ImportAsync(document, User.ToActor(), cancellationToken);
        return outcome.Kind == OutcomeKind.Refused
            ? ApiProblems.Validation(new ValidationResult(outcome.Refusals.Select(r => new ValidationFailure(r.Field, r.Message))))
            : await this.AnswerAsync(outcome, result => Task.FromResult<IActionResult>(Ok(result)));
    }
}
