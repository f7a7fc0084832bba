using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OmgekeerdHandhaven.Web.Infrastructure.Web;

/// <summary>
/// A form sent back with errors next to its fields answers 400, not 200: the user sees the same page, and scripts,
/// monitoring and tests can tell a refused submission from an accepted one.
/// </summary>
public sealed class InvalidFormStatusFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method)
            && !context.ModelState.IsValid
            && context.Result is ViewResult { StatusCode: null or StatusCodes.Status200OK } view)
        {
            view.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
