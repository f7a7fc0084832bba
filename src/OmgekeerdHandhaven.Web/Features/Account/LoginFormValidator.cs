using FluentValidation;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Account;

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email)
            .NotEmpty().WithMessage("Vul uw e-mailadres in.")
            .MaximumLength(256).WithMessage("Het e-mailadres mag hoogstens 256 tekens lang zijn.")
            .NoControlCharacters("E-mailadres");
        RuleFor(f => f.Password)
            .NotEmpty().WithMessage("Vul uw wachtwoord in.")
            .MaximumLength(PasswordPolicy.MaximumLength).WithMessage($"Het wachtwoord mag hoogstens {PasswordPolicy.MaximumLength} tekens lang zijn.");
    }
}
