using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>Every kind the profile offers gets one of its own choices; nothing else is accepted.</summary>
public sealed class MailSettingsFormValidator : AbstractValidator<MailSettingsForm>
{
    public const string Missing = "Kies hoe u dit bericht wilt ontvangen.";

    public MailSettingsFormValidator()
    {
        RuleFor(f => f.Keuze).NotNull().WithMessage("Kies per soort bericht hoe u het wilt ontvangen.");
        // Failures named after the field itself (Keuze[Commented]), not the collection's index, so they stand next to it.
        RuleForEach(f => f.Keuze).Custom((choice, context) =>
        {
            var topic = Enum.TryParse<NotificationKind>(choice.Key, out var kind) ? MailTopics.Of(kind) : null;
            if (topic is null)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(nameof(MailSettingsForm.Keuze), "Dit soort bericht bestaat niet."));
            }
            else if (!Enum.TryParse<MailFrequency>(choice.Value, out var frequency) || !Enum.IsDefined(frequency) || !topic.Choices.Contains(frequency))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(MailSettingsForm.FieldFor(topic.Kind), Missing));
            }
        });
    }
}
