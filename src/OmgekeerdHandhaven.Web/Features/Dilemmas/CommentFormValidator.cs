using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed class CommentFormValidator : AbstractValidator<CommentForm>
{
    public CommentFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Body).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Schrijf een reactie.")
            .MaximumLength(Comment.BodyMaxLength).WithMessage($"Een reactie mag hoogstens {Comment.BodyMaxLength} tekens lang zijn.");
        RuleFor(f => f.Body).SafeFreeText("Reactie", colleagues);
        RuleFor(f => f.Kind)
            .Must(k => Enum.TryParse<CommentKind>(k, ignoreCase: false, out var kind) && Enum.IsDefined(kind))
            .WithMessage("Kies het soort reactie: vraag, risico, suggestie of opmerking.");
    }
}
