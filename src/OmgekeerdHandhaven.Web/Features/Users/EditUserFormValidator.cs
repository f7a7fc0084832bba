using FluentValidation;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Users;

public sealed class EditUserFormValidator : AbstractValidator<EditUserForm>
{
    public EditUserFormValidator()
    {
        RuleFor(f => f.DisplayName)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul de naam in.")
            .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage($"De naam mag hoogstens {ApplicationUser.DisplayNameMaxLength} tekens lang zijn.")
            .NoControlCharacters("Naam");
        RuleFor(f => f.Roles).ValidRoleSelection();
    }
}
