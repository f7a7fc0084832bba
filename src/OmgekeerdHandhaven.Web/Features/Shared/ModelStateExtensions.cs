using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OmgekeerdHandhaven.Web.Features.Shared;

public static class ModelStateExtensions
{
    /// <summary>Copies FluentValidation errors into ModelState under the form's property names, so each shows next to its field.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ValidationResult result, string? prefix = null)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(prefix is null ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        }
    }
}
