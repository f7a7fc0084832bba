using FluentValidation;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Users;

public sealed class CreateUserFormValidator : AbstractValidator<CreateUserForm>
{
    public CreateUserFormValidator()
    {
        RuleFor(f => f.Email)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul het e-mailadres in.")
            .MaximumLength(256).WithMessage("Het e-mailadres mag hoogstens 256 tekens lang zijn.")
            .EmailAddress().WithMessage("Vul een geldig e-mailadres in, zoals naam@gemeente.nl.")
            .NoControlCharacters("E-mailadres");
        RuleFor(f => f.DisplayName)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul de naam in.")
            .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage($"De naam mag hoogstens {ApplicationUser.DisplayNameMaxLength} tekens lang zijn.")
            .NoControlCharacters("Naam");
        RuleFor(f => f.Roles).ValidRoleSelection();
    }
}
