using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace OmgekeerdHandhaven.Web.Infrastructure.Web;

/// <summary>MVC's own binding errors in Dutch. They never repeat the submitted value (it may be personal data).</summary>
public static class DutchModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"De ingevulde waarde bij {field} is ongeldig.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Vul {field} in.");
        messages.SetMissingKeyOrValueAccessor(() => "Er ontbreekt een waarde.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het verzoek bevat geen gegevens.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "De ingevulde waarde is ongeldig.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De ingevulde waarde is ongeldig.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"De ingevulde waarde bij {field} is ongeldig.");
        messages.SetValueIsInvalidAccessor(_ => "De ingevulde waarde is ongeldig.");
        messages.SetValueMustBeANumberAccessor(field => $"Vul bij {field} een getal in.");
        messages.SetValueMustNotBeNullAccessor(field => $"Vul {field} in.");
    }
}
