using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Users;

/// <summary>
/// Beheer › Gebruikers: create, change, deactivate, activate and give a new one-time password, each within the gemeente
/// (the tenant-filtered Users set: another gemeente's account is not found), by a beheerder, with its logboek entry in
/// the same transaction as Identity's own saves, and answered as an <see cref="Outcome{T}"/>.
/// </summary>
public sealed class UserActions(
    AppDbContext db, UnitOfWork work, UserManager<ApplicationUser> users, UserAccounts accounts, AuditLog audit, ITenantContext tenant,
    IValidator<CreateUserForm> creates, IValidator<EditUserForm> edits, Mail.MailComposer mails, TimeProvider clock)
{
    private const string ChangedMeanwhile = "Een collega heeft deze gebruiker intussen gewijzigd. Bekijk de gegevens zoals ze nu zijn.";

    private const string NotYours = "Alleen een beheerder beheert de gebruikers.";

    /// <summary>The gemeente signs in only with its provider, and this account is the one kept for when that fails.</summary>
    private Task<bool> IsNoodaccountAsync(Guid id, CancellationToken cancellationToken) =>
        db.SignInProviders.AnyAsync(p => p.BreakGlassUserId == id && !p.LocalPasswordsAllowed, cancellationToken);

    public const string Anonymised = "Dit account is geanonimiseerd: de bewaartermijn na deactivering is verstreken. Het kan niet meer worden gewijzigd of geactiveerd; maak zo nodig een nieuw account.";

    /// <summary>The colleague's account to change; an anonymised one ("Voormalig medewerker") is no one's to change any more.</summary>
    public async Task<Outcome<ApplicationUser>> OpenAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var opened = UnitOfWork.Open(await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken), Access.Administers(actor), NotYours);
        return opened is { IsDone: true, Value.AnonymisedAt: not null } ? Outcome.Conflict<ApplicationUser>(Anonymised) : opened;
    }

    /// <summary>Done: the account with its one-time password, to show once.</summary>
    public async Task<Outcome<CreatedUser>> CreateAsync(Actor actor, CreateUserForm form, CancellationToken cancellationToken)
    {
        if (!Access.Administers(actor))
        {
            return Outcome.Forbidden<CreatedUser>(NotYours);
        }

        var validation = await creates.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Refused<CreatedUser>(validation);
        }

        var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("A Beheerder always has a gemeente.");
        var (created, errors) = await accounts.CreateAsync(municipalityId, form.Email, form.DisplayName, form.Roles, actor.UserId, cancellationToken);
        return created is not null ? Outcome.Done(created) : Outcome.Refused<CreatedUser>(errors.Select(e => new FieldRefusal(nameof(CreateUserForm.Email), e)));
    }

    /// <summary>Naam en rollen; a beheerder cannot take away their own role Beheerder (the gemeente would be left without one).</summary>
    public async Task<Outcome<ApplicationUser>> ChangeAsync(Guid id, Actor actor, EditUserForm form, CancellationToken cancellationToken)
    {
        var validation = await edits.ValidateAsync(form, cancellationToken);
        if (validation.IsValid && actor.Is(id) && !form.Roles.Contains(Roles.Beheerder))
        {
            validation.Errors.Add(new(nameof(EditUserForm.Roles), "U kunt uw eigen rol Beheerder niet intrekken. Laat een andere beheerder dat doen."));
        }
        else if (validation.IsValid && !form.Roles.Contains(Roles.Beheerder) && await IsNoodaccountAsync(id, cancellationToken))
        {
            validation.Errors.Add(new(nameof(EditUserForm.Roles), NoodaccountMessage));
        }

        return await work.SaveAsync(await OpenAsync(id, actor, cancellationToken), validation, async user =>
        {
            var current = await users.GetRolesAsync(user);
            user.Rename(form.DisplayName);
            await work.SaveInTransactionAsync(async () =>
            {
                Check(await users.RemoveFromRolesAsync(user, current.Except(form.Roles)));
                Check(await users.AddToRolesAsync(user, form.Roles.Except(current)));
                Record(user, actor, AuditActions.UserChanged, $"Naam en rollen opgeslagen; rollen: {string.Join(", ", form.Roles.Order(StringComparer.Ordinal))}.");
                Check(await users.UpdateAsync(user));
            }, after: null, cancellationToken);
            return user;
        }, ChangedMeanwhile, cancellationToken);
    }

    public const string NoodaccountMessage =
        "Dit is het noodaccount van uw gemeente: de enige beheerder die nog met een wachtwoord inlogt. Kies eerst een ander noodaccount onder Beheer › Inloggen.";

    /// <summary>
    /// Their open sessions end at once; the new security stamp also stops any that would be checked later. Not the
    /// noodaccount while passwords are off: the gemeente would have no way in when its provider fails.
    /// </summary>
    public async Task<Outcome<ApplicationUser>> DeactivateAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(id, actor, cancellationToken);
        if (opened.IsDone && await IsNoodaccountAsync(id, cancellationToken))
        {
            return Outcome.Conflict<ApplicationUser>(NoodaccountMessage);
        }

        return await work.SaveAsync(opened, input: null, async user =>
        {
            user.Deactivate(actor.UserId, clock.GetUtcNow());
            await work.SaveInTransactionAsync(async () =>
            {
                Record(user, actor, AuditActions.UserDeactivated, "Gebruiker gedeactiveerd.");
                Check(await users.UpdateSecurityStampAsync(user));
                await UserSessions.EndAllAsync(db, user.Id);
            }, after: null, cancellationToken);
            return user;
        }, ChangedMeanwhile, cancellationToken);
    }

    public async Task<Outcome<ApplicationUser>> ActivateAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        await work.SaveAsync(await OpenAsync(id, actor, cancellationToken), input: null, async user =>
        {
            user.Activate();
            Record(user, actor, AuditActions.UserActivated, "Gebruiker weer geactiveerd.");
            Check(await users.UpdateAsync(user));
            return user;
        }, ChangedMeanwhile, cancellationToken);

    /// <summary>Done: the user with a new one-time password, to show once; a lockout ends with it.</summary>
    public async Task<Outcome<CreatedUser>> ResetPasswordAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        await work.SaveAsync(await OpenAsync(id, actor, cancellationToken), input: null, async user =>
        {
            var password = OneTimePassword.Generate();
            var token = await users.GeneratePasswordResetTokenAsync(user);
            user.PasswordResetByAdministrator();
            await work.SaveInTransactionAsync(async () =>
            {
                Record(user, actor, AuditActions.PasswordReset, "Nieuw eenmalig wachtwoord gegeven.");
                Check(await users.ResetPasswordAsync(user, token, password));
                Check(await users.SetLockoutEndDateAsync(user, null));
            }, after: null, cancellationToken);
            return new CreatedUser(user, password);
        }, ChangedMeanwhile, cancellationToken);

    /// <summary>
    /// Off, with a new key, logged; the user sets it up again from Mijn profiel. They hear of it by melding and e-mail
    /// (always, whatever their e-mail choices): had they not asked for it, someone may be trying to take their account.
    /// </summary>
    public async Task<Outcome<ApplicationUser>> ResetSecondFactorAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        await work.SaveAsync(await OpenAsync(id, actor, cancellationToken), input: null, async user =>
        {
            await work.SaveInTransactionAsync(async () =>
            {
                Record(user, actor, AuditActions.SecondFactor, "Tweestapsverificatie hersteld door de beheerder.");
                var notice = Notification.About(user.MunicipalityId, user.Id, NotificationKind.SecondFactorReset, "/profiel/tweestapsverificatie",
                    "Een beheerder heeft uw tweestapsverificatie uitgezet. Stel die opnieuw in. Had u daar niet om gevraagd, meld het dan meteen bij uw beheerder.",
                    clock.GetUtcNow());
                db.Notifications.Add(notice);
                db.OutboxMessages.Add(mails.For(notice, "Uw account in het Dilemmaregister", notice.Path, "Tweestapsverificatie instellen"));
                await users.SwitchOffSecondFactorAsync(user, ChangedMeanwhile);
            }, after: null, cancellationToken);
            return user;
        }, ChangedMeanwhile, cancellationToken);

    /// <summary>Added to the unit of work that the next Identity update saves, so the entry and the change go together.</summary>
    private void Record(ApplicationUser user, Actor actor, string action, string summary) =>
        audit.Record(user.MunicipalityId, actor.UserId, action, "Gebruiker", user.Id.ToString(), summary);

    private static void Check(IdentityResult result) => IdentitySteps.Check(result, ChangedMeanwhile);
}
