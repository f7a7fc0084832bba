using System.Globalization;
using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Profile;

public sealed class CreateTokenFormValidator : AbstractValidator<CreateTokenForm>
{
    public CreateTokenFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Geef het token een naam, bijvoorbeeld: koppeling zaaksysteem.")
            .MaximumLength(AccessToken.NameMaxLength).WithMessage($"De naam mag hoogstens {AccessToken.NameMaxLength} tekens lang zijn.");
        RuleFor(f => f.Name).SafeFreeText("Naam");
        RuleFor(f => f.ExpiresOn)
            .Must(d => string.IsNullOrWhiteSpace(d) || DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithMessage("Vul de vervaldatum in als datum, of laat het veld leeg.")
            .DependentRules(() => RuleFor(f => f.ExpiresOn)
                .Must(d => string.IsNullOrWhiteSpace(d) || ExpiresOn(d) >= DutchTime.Today(clock))
                .WithMessage("De vervaldatum moet in de toekomst liggen."));
    }

    /// <summary>The token works through the whole of that day (Dutch time).</summary>
    public static DateOnly ExpiresOn(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
