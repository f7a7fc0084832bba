using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Infrastructure.Web;

/// <summary>
/// A control character in a query-string value (a NUL in ?domein=, ?object=, ?q=) is refused before any filter reaches
/// PostgreSQL, which would answer it with an error: 400, the parameter named (problem+json on the API, the Dutch page elsewhere).
/// The one place for query strings (search text, filters, logboek): features need no cleaning of their own.
/// </summary>
public sealed class QueryControlCharactersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        foreach (var (key, values) in context.Request.Query)
        {
            if (values.Any(v => ControlCharacters.Find(v) is not null) || ControlCharacters.Find(key) is not null)
            {
                var message = $"De zoekparameter ‘{ControlCharacters.Strip(key)}’ bevat een onzichtbaar stuurteken.";
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return context.Response.WriteAsJsonAsync(
                        new Microsoft.AspNetCore.Mvc.ValidationProblemDetails(new Dictionary<string, string[]> { [ControlCharacters.Strip(key)] = [message] })
                        {
                            Title = "De gegevens zijn niet geldig.",
                            Status = StatusCodes.Status400BadRequest,
                        },
                        options: null,
                        contentType: "application/problem+json");
                }

                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }
        }

        return next(context);
    }
}
