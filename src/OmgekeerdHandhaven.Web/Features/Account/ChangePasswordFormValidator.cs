using FluentValidation;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Account;

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Vul uw huidige wachtwoord in.");
        RuleFor(f => f.NewPassword)
            .NotEmpty().WithMessage("Vul een nieuw wachtwoord in.")
            .Custom((password, context) =>
            {
                foreach (var message in PasswordPolicyValidator.Validate(password, email: null))
                {
                    context.AddFailure(message);
                }
            })
            .NotEqual(f => f.CurrentPassword).WithMessage("Het nieuwe wachtwoord moet anders zijn dan het huidige.");
        RuleFor(f => f.ConfirmNewPassword)
            .Equal(f => f.NewPassword).WithMessage("De twee nieuwe wachtwoorden zijn niet gelijk.");
    }
}
