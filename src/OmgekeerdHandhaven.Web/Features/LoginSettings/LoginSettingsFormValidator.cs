using FluentValidation;

namespace OmgekeerdHandhaven.Web.Features.LoginSettings;

public sealed class LoginSettingsFormValidator : AbstractValidator<LoginSettingsForm>
{
    public LoginSettingsFormValidator()
    {
        RuleFor(f => f.SecondFactorRequired).NotNull().WithMessage("Kies of tweestapsverificatie verplicht is voor beheerders en beslissers.");
    }
}
