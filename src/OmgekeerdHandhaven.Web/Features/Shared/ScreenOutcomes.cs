using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Shared;

/// <summary>How a screen answers an action's outcome — the one place for it (the API has its own, problem+json).</summary>
public static class ScreenOutcomes
{
    /// <summary>
    /// Done: <paramref name="done"/>. Not found: 404. Forbidden: 403 (the cookie handler logs it as "toegang geweigerd").
    /// Refused: the refusals next to their fields on the form <paramref name="again"/> shows (given what it was about, when known). Not possible: the reason above
    /// that form (409), or without a form a page saying why.
    /// </summary>
    public static IActionResult Answer<T>(
        this Controller controller, Outcome<T> outcome, Func<T, IActionResult> done, Func<T?, IActionResult>? again = null, string? prefix = null)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                return done(outcome.Value!);
            case OutcomeKind.NotFound:
                return controller.NotFound();
            case OutcomeKind.Forbidden:
                return controller.Forbid();
            case OutcomeKind.Refused when again is not null:
                foreach (var refusal in outcome.Refusals)
                {
                    controller.ModelState.AddModelError(prefix is null || refusal.Field.Length == 0 ? refusal.Field : $"{prefix}.{refusal.Field}", refusal.Message);
                }

                return again(outcome.Value);
            case OutcomeKind.Conflict when again is not null:
                if (outcome.Refusals.Count == 0)
                {
                    controller.ModelState.AddModelError(string.Empty, outcome.Reason!);
                }

                foreach (var refusal in outcome.Refusals)
                {
                    controller.ModelState.AddModelError(prefix is null || refusal.Field.Length == 0 ? refusal.Field : $"{prefix}.{refusal.Field}", refusal.Message);
                }

                var shown = again(outcome.Value);
                if (shown is ViewResult view)
                {
                    view.StatusCode = StatusCodes.Status409Conflict;
                }

                return shown;
            default:
                var page = controller.View("~/Features/Errors/409.cshtml", NotPossibleViewModel.For(
                    outcome.Reason ?? string.Join(" ", outcome.Refusals.Select(r => r.Message)), controller.Request.Path.Value));
                page.StatusCode = outcome.Kind == OutcomeKind.Refused ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
                return page;
        }
    }

    /// <summary>As <see cref="Answer{T}"/>, for a page that reads more before it can be shown (a form to open).</summary>
    public static async Task<IActionResult> AnswerAsync<T>(this Controller controller, Outcome<T> outcome, Func<T, Task<IActionResult>> done) =>
        outcome.IsDone ? await done(outcome.Value!) : controller.Answer(outcome, _ => throw new InvalidOperationException("Only a done outcome is answered by done."));

    /// <summary>As <see cref="Answer{T}"/>, for a form whose page must be read again before it can be shown.</summary>
    public static async Task<IActionResult> AnswerAsync<T>(
        this Controller controller, Outcome<T> outcome, Func<T, IActionResult> done, Func<T?, Task<IActionResult>> again, string? prefix = null)
    {
        if (outcome.Kind is OutcomeKind.Refused or OutcomeKind.Conflict)
        {
            var shown = await again(outcome.Value);
            return controller.Answer(outcome, done, _ => shown, prefix);
        }

        return controller.Answer(outcome, done, prefix: prefix);
    }

    /// <summary>
    /// For the small changes made by a button on a page (post, redirect, get): the user returns to <paramref name="url"/>,
    /// which says what was done (the outcome's value) or, refused or not possible, why — nothing was saved then.
    /// </summary>
    public static IActionResult AnswerOnPage(this Controller controller, Outcome<string> outcome, string url)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                controller.TempData["Melding"] = outcome.Value;
                break;
            case OutcomeKind.Refused or OutcomeKind.Conflict:
                controller.TempData["Fout"] = outcome.Reason ?? string.Join(" ", outcome.Refusals.Select(r => r.Message));
                break;
            default:
                return controller.Answer(outcome, _ => controller.Redirect(url));
        }

        return controller.Redirect(url);
    }
}
