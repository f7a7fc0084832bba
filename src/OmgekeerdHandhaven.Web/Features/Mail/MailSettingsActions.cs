using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Mail;

public sealed record MailChoice(MailTopic Topic, MailFrequency Frequency);

/// <summary>What a colleague receives by e-mail: chosen on the profile, or stopped with the afmeldlink in a mail.</summary>
public sealed class MailSettingsActions(AppDbContext db, UnitOfWork work, ITenantContext tenant, IValidator<MailSettingsForm> forms)
{
    private const string ChangedMeanwhile = "Uw e-mailinstellingen zijn intussen gewijzigd. Bekijk ze zoals ze nu zijn.";

    /// <summary>The kinds this colleague's roles get, with their current choice.</summary>
    public async Task<IReadOnlyList<MailChoice>> ShowAsync(Actor actor, CancellationToken cancellationToken)
    {
        var chosen = await db.MailPreferences.Where(p => p.UserId == actor.UserId).ToDictionaryAsync(p => p.Kind, p => p.Frequency, cancellationToken);
        return [.. MailTopics.List.Where(t => t.AppliesTo(actor.Roles)).Select(t => new MailChoice(t, chosen.GetValueOrDefault(t.Kind, t.Default)))];
    }

    public async Task<Outcome<bool>> SaveAsync(Actor actor, MailSettingsForm form, CancellationToken cancellationToken)
    {
        var validation = await forms.ValidateAsync(form, cancellationToken);
        var offered = MailTopics.List.Where(t => t.AppliesTo(actor.Roles)).ToList();
        foreach (var topic in offered.Where(t => form.Keuze is not null && !form.Keuze.ContainsKey(t.Kind.ToString())))
        {
            validation.Errors.Add(new ValidationFailure(MailSettingsForm.FieldFor(topic.Kind), MailSettingsFormValidator.Missing));
        }

        return await work.SaveAsync(Outcome.Done(actor), validation, async a =>
        {
            var stored = await db.MailPreferences.Where(p => p.UserId == a.UserId).ToListAsync(cancellationToken);
            foreach (var topic in offered)
            {
                Choose(stored, tenant.MunicipalityId!.Value, a.UserId, topic.Kind, Enum.Parse<MailFrequency>(form.Keuze![topic.Kind.ToString()]));
            }

            return true;
        }, ChangedMeanwhile, cancellationToken);
    }

    /// <summary>
    /// Afmelden from a mail, without logging in: that kind (or, from the daily overview, every kind that goes in it) is
    /// no longer mailed. Returns the labels of what was stopped; null for an unknown or deactivated colleague.
    /// </summary>
    public async Task<IReadOnlyList<string>?> UnsubscribeAsync(Guid userId, NotificationKind? kind, CancellationToken cancellationToken)
    {
        var user = await db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(u => u.Id == userId && u.IsActive)
            .Select(u => new { u.Id, u.MunicipalityId }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var stored = await db.MailPreferences.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        var stopping = kind is null
            ? MailTopics.List.Where(t => stored.FirstOrDefault(p => p.Kind == t.Kind)?.Frequency is { } f ? f == MailFrequency.Daily : t.Default == MailFrequency.Daily).ToList()
            : [.. MailTopics.List.Where(t => t.Kind == kind)];
        foreach (var topic in stopping)
        {
            Choose(stored, user.MunicipalityId, user.Id, topic.Kind, MailFrequency.Never);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            // The same link posted twice at once (a mail program's one-click and the reader's own click): the other
            // request stored the choice a moment earlier; saying so again is enough.
            db.ChangeTracker.Clear();
            return await UnsubscribeAsync(userId, kind, cancellationToken);
        }

        return [.. stopping.Select(t => t.Label)];
    }

    private void Choose(List<MailPreference> stored, Guid municipalityId, Guid userId, NotificationKind kind, MailFrequency frequency)
    {
        if (stored.FirstOrDefault(p => p.Kind == kind) is { } existing)
        {
            existing.Frequency = frequency;
        }
        else
        {
            var added = new MailPreference(municipalityId, userId, kind, frequency);
            stored.Add(added);
            db.MailPreferences.Add(added);
        }
    }
}
