using System.Globalization;
using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Retention;

public sealed class RetentionFormValidator : AbstractValidator<RetentionForm>
{
    public RetentionFormValidator()
    {
        RuleFor(f => f.ReadNotificationsDays).Must(Within(RetentionTerms.ReadNotificationsBounds)).WithMessage(Message("Gelezen meldingen", RetentionTerms.ReadNotificationsBounds, "dagen"));
        RuleFor(f => f.ExportFilesDays).Must(Within(RetentionTerms.ExportFilesBounds)).WithMessage(Message("Bestanden van casusboekjes", RetentionTerms.ExportFilesBounds, "dagen"));
        RuleFor(f => f.SentMailDays).Must(Within(RetentionTerms.SentMailBounds)).WithMessage(Message("Verstuurde e-mails", RetentionTerms.SentMailBounds, "dagen"));
        RuleFor(f => f.DeactivatedAccountsMonths).Must(Within(RetentionTerms.DeactivatedAccountsBounds)).WithMessage(Message("Gedeactiveerde accounts", RetentionTerms.DeactivatedAccountsBounds, "maanden"));
        RuleFor(f => f.AuditLogYears).Must(Within(RetentionTerms.AuditLogBounds)).WithMessage(Message("Logboek", RetentionTerms.AuditLogBounds, "jaar"));
    }

    private static Func<string?, bool> Within((int Min, int Max) bounds) => text =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= bounds.Min && value <= bounds.Max;

    private static string Message(string label, (int Min, int Max) bounds, string unit) =>
        $"{label}: vul een heel getal in van {bounds.Min} tot en met {bounds.Max} {unit}.";
}
