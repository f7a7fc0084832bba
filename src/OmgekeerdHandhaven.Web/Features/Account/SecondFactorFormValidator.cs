using FluentValidation;

namespace OmgekeerdHandhaven.Web.Features.Account;

public sealed class SecondFactorFormValidator : AbstractValidator<SecondFactorForm>
{
    public SecondFactorFormValidator()
    {
        RuleFor(f => f.Typed).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(f => f.RecoveryCode ? "Vul een van uw herstelcodes in." : "Vul de code van zes cijfers uit uw authenticator-app in.")
            .Must((f, code) => f.RecoveryCode ? code.Length <= 20 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') : code.Length == 6 && code.All(char.IsAsciiDigit))
            .WithMessage(f => f.RecoveryCode ? "Een herstelcode bestaat uit letters, cijfers en een streepje, zoals u die hebt bewaard." : "De code bestaat uit zes cijfers.")
            .OverridePropertyName(nameof(SecondFactorForm.Code));
    }
}
