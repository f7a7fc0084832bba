using FluentValidation;

namespace OmgekeerdHandhaven.Web.Infrastructure.Privacy;

public static class PrivacyGuardRules
{
    /// <summary>Refuses text with personal data; the message names the field (Dutch label) and what was found.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> NoPersonalData<T>(this IRuleBuilder<T, string?> rule, string fieldLabel) =>
        rule.Custom((text, context) =>
        {
            var kinds = PrivacyGuard.Scan(text);
            if (kinds.Count > 0)
            {
                context.AddFailure(PrivacyGuard.Message(fieldLabel, kinds));
            }
        });
}
