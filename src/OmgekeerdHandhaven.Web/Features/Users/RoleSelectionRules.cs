using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Users;

public static class RoleSelectionRules
{
    /// <summary>At least one role, and only the four known ones (a tampered form cannot invent a role). An empty list passes the second rule, so one error at most.</summary>
    public static IRuleBuilderOptions<T, List<string>> ValidRoleSelection<T>(this IRuleBuilder<T, List<string>> rule) =>
        rule.NotEmpty().WithMessage("Kies minstens één rol.")
            .Must(roles => roles.All(Roles.IsKnown)).WithMessage("Kies alleen rollen uit de lijst.");
}
