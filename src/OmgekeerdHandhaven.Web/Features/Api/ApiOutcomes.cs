using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Web;

namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>How the API answers an action's outcome (spec/api.md), in one place: problem+json for every refusal.</summary>
public static class ApiOutcomes
{
    public const string DilemmaNotFound = "Er is geen dilemma met dit nummer dat u kunt zien.";

    /// <param name="controller">The API controller answering.</param>
    /// <param name="outcome">What the action did.</param>
    /// <param name="done">The answer when it was done.</param>
    /// <param name="field">Renames a form field to the request body's, for a refusal (the form's own name by default).</param>
    /// <param name="notFound">What was not found, in Dutch.</param>
    public static async Task<IActionResult> AnswerAsync<T>(
        this ControllerBase controller, Outcome<T> outcome, Func<T, Task<IActionResult>> done, Func<string, string>? field = null, string notFound = DilemmaNotFound)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                return await done(outcome.Value!);
            case OutcomeKind.NotFound:
                return ApiProblems.Status(StatusCodes.Status404NotFound, "Niet gevonden", notFound);
            case OutcomeKind.Forbidden:
                // Like the screens, a refusal leaves a "toegang geweigerd" line in the logboek.
                await AccessDeniedAudit.RecordAsync(controller.HttpContext);
                return ApiProblems.Status(StatusCodes.Status403Forbidden, "Geen toegang", outcome.Reason!);
            case OutcomeKind.Conflict:
                return ApiProblems.Status(StatusCodes.Status409Conflict, "Niet mogelijk", outcome.Reason!);
            default:
                return ApiProblems.Validation(outcome.Refusals
                    .GroupBy(r => ApiProblems.JsonPath(field?.Invoke(r.Field) ?? r.Field))
                    .ToDictionary(g => g.Key, g => g.Select(r => r.Message).Distinct().ToArray()));
        }
    }
}
