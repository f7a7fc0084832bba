using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Lists;

public sealed class ListEntryFormValidator : AbstractValidator<ListEntryForm>
{
    public ListEntryFormValidator()
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul de naam in.")
            .MaximumLength(ListEntry.NameMaxLength).WithMessage($"De naam mag hoogstens {ListEntry.NameMaxLength} tekens lang zijn.");
        RuleFor(f => f.Name).SafeFreeText("Naam");
    }
}
