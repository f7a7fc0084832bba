using FluentValidation;

namespace OmgekeerdHandhaven.Web.Infrastructure.Privacy;

public static class PrivacyGuardRules
{
    /// <summary>
    /// The check every free-text field gets: no control characters (PostgreSQL refuses U+0000, and the others are
    /// invisible junk from a paste or a script) and no personal data. Each message names the field (Dutch label);
    /// neither echoes the text.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, string?> SafeFreeText<T>(this IRuleBuilder<T, string?> rule, string fieldLabel) =>
        rule.Custom((text, context) =>
        {
            if (ControlCharacters.Find(text) is { } control)
            {
                context.AddFailure(ControlCharacters.Message(fieldLabel, control));
            }

            var kinds = PrivacyGuard.Scan(text);
            if (kinds.Count > 0)
            {
                context.AddFailure(PrivacyGuard.Message(fieldLabel, kinds));
            }
        });

    /// <summary>
    /// The same check for case text in which colleagues may be named (Verantwoordelijke, "@Anna Bakker"): their names
    /// pass, a client's does not. Needs ValidateAsync.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, string?> SafeFreeText<T>(this IRuleBuilder<T, string?> rule, string fieldLabel, IColleagueNames colleagues) =>
        rule.CustomAsync(async (text, context, cancellationToken) =>
        {
            if (ControlCharacters.Find(text) is { } control)
            {
                context.AddFailure(ControlCharacters.Message(fieldLabel, control));
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var kinds = PrivacyGuard.Scan(text, await colleagues.AllAsync(cancellationToken));
            if (kinds.Count > 0)
            {
                context.AddFailure(PrivacyGuard.Message(fieldLabel, kinds));
            }
        });

    /// <summary>For fields that are not prose (codes, ids, names of list items): control characters only.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> NoControlCharacters<T>(this IRuleBuilder<T, string?> rule, string fieldLabel) =>
        rule.Custom((text, context) =>
        {
            if (ControlCharacters.Find(text) is { } control)
            {
                context.AddFailure(ControlCharacters.Message(fieldLabel, control));
            }
        });
}
