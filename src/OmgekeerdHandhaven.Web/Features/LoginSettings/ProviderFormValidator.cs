using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.LoginSettings;

public sealed class ProviderFormValidator : AbstractValidator<ProviderForm>
{
    public ProviderFormValidator(IHostEnvironment environment)
    {
        // http on this machine is for a test provider only; a real gemeente's provider is always https.
        var loopbackAllowed = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        RuleFor(f => f.Authority).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul het adres (authority) van de identity provider in.")
            .MaximumLength(500).WithMessage("Het adres mag hoogstens 500 tekens lang zijn.")
            .Must(a => SignInProvider.IsValidAuthority(a) && (loopbackAllowed || a!.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase))).WithMessage("Vul een volledig https-adres in, bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0.");
        RuleFor(f => f.ClientId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul de client-id in die de identity provider gaf.")
            .MaximumLength(SignInProvider.ClientIdMaxLength).WithMessage($"De client-id mag hoogstens {SignInProvider.ClientIdMaxLength} tekens lang zijn.")
            .NoControlCharacters("Client-id");
        RuleFor(f => f.ClientSecret).MaximumLength(1000).WithMessage("Het clientgeheim mag hoogstens 1000 tekens lang zijn.").NoControlCharacters("Clientgeheim");
        RuleFor(f => f.GroupsClaim).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul de naam van de claim met de groepen in, bijvoorbeeld groups.")
            .Matches("^[A-Za-z0-9_.:/-]{1,200}$").WithMessage("De naam van de claim bestaat uit letters, cijfers en _ . : / - (zonder spaties).");
        RuleFor(f => f.EmailDomains)
            .Must(d => ProviderForm.Split(d).All(SignInProvider.IsValidEmailDomain)).WithMessage("Vul e-maildomeinen in zoals utrecht.nl, één per regel.");
        GroupIds(f => f.HandhaverGroups, Roles.Handhaver);
        GroupIds(f => f.ConsulentGroups, Roles.Consulent);
        GroupIds(f => f.BeslisserGroups, Roles.Beslisser);
        GroupIds(f => f.BeheerderGroups, Roles.Beheerder);

        RuleFor(f => f).Must(f => new[] { f.HandhaverGroups, f.ConsulentGroups, f.BeslisserGroups, f.BeheerderGroups }.Any(g => ProviderForm.Split(g).Length > 0))
            .WithMessage("Vul voor minstens één rol een groep in; zonder groep krijgt niemand toegang.").OverridePropertyName(nameof(ProviderForm.HandhaverGroups));
        RuleFor(f => f.CreatesUsers).NotNull().WithMessage("Kies of accounts bij de eerste keer inloggen worden gemaakt.");
        RuleFor(f => f.LocalPasswordsAllowed).NotNull().WithMessage("Kies of inloggen met wachtwoord mag.");
        RuleFor(f => f.BreakGlassUserId).NotNull().When(f => f.LocalPasswordsAllowed == false)
            .WithMessage("Kies een noodaccount: een beheerder die met wachtwoord blijft inloggen als de identity provider niet werkt.");
    }

    private void GroupIds(System.Linq.Expressions.Expression<Func<ProviderForm, string?>> field, string role) =>
        RuleFor(field).Must(g => ProviderForm.Split(g).All(id => id.Length <= SignInProvider.GroupIdMaxLength))
            .WithMessage($"Een groep-id voor {role} is te lang (hoogstens {SignInProvider.GroupIdMaxLength} tekens).");
}
