using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Users;

/// <summary>At least one role, and only the four known ones (a tampered form cannot invent a role).</summary>
public sealed class RoleSelectionValidator : AbstractValidator<List<string>>
{
    public RoleSelectionValidator()
    {
        RuleFor(roles => roles)
            .NotEmpty().WithMessage("Kies minstens één rol.")
            .Must(roles => roles.All(Roles.IsKnown)).WithMessage("Kies alleen rollen uit de lijst.")
            .OverridePropertyName("Roles");
    }
}
