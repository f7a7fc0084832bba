using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;

namespace OmgekeerdHandhaven.Web.Infrastructure.Web;

/// <summary>RFC 9457 problem details with Dutch messages, keyed by the request body's own camelCase field names.</summary>
public static class ApiProblems
{
    private static readonly string[] BadValue = ["Deze waarde ontbreekt, is geen geldige JSON of heeft het verkeerde type."];

    public static ObjectResult Validation(ValidationResult result, Func<string, string>? rename = null)
    {
        var errors = result.Errors
            .GroupBy(e => JsonPath(rename?.Invoke(e.PropertyName) ?? e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return Validation(errors);
    }

    public static ObjectResult Validation(IDictionary<string, string[]> errors) =>
        new(new ValidationProblemDetails(errors) { Title = "De gegevens zijn niet geldig.", Status = StatusCodes.Status400BadRequest })
        {
            StatusCode = StatusCodes.Status400BadRequest,
            ContentTypes = { "application/problem+json" },
        };

    public static ObjectResult Status(int status, string title, string detail) =>
        new(new ProblemDetails { Title = title, Detail = detail, Status = status }) { StatusCode = status, ContentTypes = { "application/problem+json" } };

    /// <summary>The same answer, written by code that runs before MVC (authentication, the body limit).</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Title = title, Detail = detail, Status = status }, options: null, contentType: "application/problem+json");
    }

    /// <summary>Malformed JSON or wrong types: MVC's English messages (which may echo input) replaced by one Dutch sentence per field.</summary>
    public static IActionResult FromModelState(ActionContext context)
    {
        var errors = context.ModelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .ToDictionary(
                e => e.Key.StartsWith("$.", StringComparison.Ordinal) ? e.Key[2..] : e.Key.Length == 0 || e.Key == "$" ? "body" : JsonPath(e.Key),
                _ => BadValue);
        return Validation(errors);
    }

    /// <summary>"Options[1].Description" → "options[1].description".</summary>
    public static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
