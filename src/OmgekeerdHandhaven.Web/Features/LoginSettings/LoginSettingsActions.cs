using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

namespace OmgekeerdHandhaven.Web.Features.LoginSettings;

/// <summary>A Beheerder who may be the noodaccount: active, with a password.</summary>
public sealed record BreakGlassChoice(Guid Id, string Name);

/// <summary>What Beheer › Inloggen shows: the settings, who still lacks a second factor, and the gemeente account.</summary>
public sealed record LoginSettingsView(
    LoginSettingsForm Form, IReadOnlyList<string> WithoutSecondFactor, ProviderForm Provider, bool ProviderConnected,
    string Code, IReadOnlyList<BreakGlassChoice> Beheerders);

/// <summary>Beheer › Inloggen: how the gemeente's colleagues sign in, each change with its logboek entry in one save.</summary>
public sealed class LoginSettingsActions(
    AppDbContext db, UnitOfWork work, AuditLog audit, ITenantContext tenant, ClientSecrets secrets,
    IValidator<LoginSettingsForm> forms, IValidator<ProviderForm> providerForms)
{
    public async Task<LoginSettingsView> ShowAsync(LoginSettingsForm? form, ProviderForm? providerForm, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.AsNoTracking().SingleAsync(m => m.Id == Current, cancellationToken);
        var provider = await db.SignInProviders.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        // Active beheerders and beslissers who would be asked to set it up at their next sign-in.
        var concerned = Municipality.RolesNeedingSecondFactor.Select(db.ActiveUsersInRole).Aggregate(Queryable.Union);
        var without = await db.Users.Where(u => concerned.Contains(u.Id) && !u.TwoFactorEnabled && u.PasswordHash != null)
            .OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToListAsync(cancellationToken);
        var beheerders = await BeheerdersWithPassword().OrderBy(u => u.DisplayName).Select(u => new BreakGlassChoice(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        return new LoginSettingsView(
            form ?? new LoginSettingsForm { SecondFactorRequired = municipality.SecondFactorRequired }, without,
            providerForm ?? FormOf(provider), provider is not null, municipality.Code, beheerders);
    }

    public async Task<Outcome<Municipality>> ChangeAsync(Actor actor, LoginSettingsForm form, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == Current, cancellationToken);
        return await work.SaveAsync(UnitOfWork.Open(municipality, Access.Administers(actor), "Alleen een beheerder stelt het inloggen in."),
            await forms.ValidateAsync(form, cancellationToken), m =>
            {
                var required = form.SecondFactorRequired!.Value;
                if (m.SecondFactorRequired != required)
                {
                    m.RequireSecondFactor(required);
                    audit.Record(m.Id, actor.UserId, AuditActions.LoginSettingsChanged, "Gemeente", m.Code, required
                        ? "Tweestapsverificatie verplicht gemaakt voor beheerders en beslissers."
                        : "Tweestapsverificatie niet langer verplicht voor beheerders en beslissers.");
                }

                return Task.FromResult(m);
            }, "De instellingen zijn intussen door een collega gewijzigd. Bekijk ze zoals ze nu zijn.", cancellationToken);
    }

    /// <summary>
    /// Connects or changes the gemeente's identity provider; the secret is encrypted and never shown again. Without an
    /// actor it is the operator at the command line (configure-gemeente-account), logged without a name.
    /// </summary>
    public async Task<Outcome<SignInProvider>> SaveProviderAsync(Actor? actor, ProviderForm form, CancellationToken cancellationToken)
    {
        if (actor is not null && !Access.Administers(actor))
        {
            return Outcome.Forbidden<SignInProvider>("Alleen een beheerder stelt het inloggen in.");
        }

        var validation = await providerForms.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Refused<SignInProvider>(validation);
        }

        var provider = await db.SignInProviders.SingleOrDefaultAsync(cancellationToken);
        var domains = ProviderForm.Split(form.EmailDomains).Select(d => d.TrimStart('@').ToLowerInvariant()).ToList();
        var taken = await db.SignInProviders.IgnoreQueryFilters([AppDbContext.TenantFilter])
            .Where(p => p.MunicipalityId != Current && p.EmailDomains.Any(d => domains.Contains(d))).AnyAsync(cancellationToken);
        foreach (var domain in domains)
        {
            // A domain whose addresses belong to colleagues of another gemeente is theirs: never point it at this provider.
            var suffix = "@" + domain.ToUpperInvariant();
            taken |= await db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).AnyAsync(u => u.MunicipalityId != Current && u.NormalizedEmail!.EndsWith(suffix), cancellationToken);
        }

        if (taken)
        {
            return Outcome.Refused<SignInProvider>([new FieldRefusal(nameof(ProviderForm.EmailDomains), "Een van deze e-maildomeinen hoort al bij een andere gemeente.")]);
        }

        if (provider is null && string.IsNullOrWhiteSpace(form.ClientSecret))
        {
            return Outcome.Refused<SignInProvider>([new FieldRefusal(nameof(ProviderForm.ClientSecret), "Vul het clientgeheim in dat de identity provider gaf.")]);
        }

        if (form.BreakGlassUserId is { } breakGlass && !await BeheerdersWithPassword().AnyAsync(u => u.Id == breakGlass, cancellationToken))
        {
            return Outcome.Refused<SignInProvider>([new FieldRefusal(nameof(ProviderForm.BreakGlassUserId),
                "Kies een actieve beheerder van uw gemeente die met wachtwoord én tweestapsverificatie inlogt.")]);
        }

        var code = await db.Municipalities.Where(m => m.Id == Current).Select(m => m.Code).SingleAsync(cancellationToken);
        var isNew = provider is null;
        var passwordsNowOff = form.LocalPasswordsAllowed == false && (provider?.LocalPasswordsAllowed ?? true);
        provider ??= new SignInProvider(Current);
        var outcome = await work.SaveAsync(input: null, () =>
        {
            if (isNew)
            {
                db.SignInProviders.Add(provider);
            }

            provider.Configure(form.Authority!, form.ClientId!, string.IsNullOrWhiteSpace(form.ClientSecret) ? null : secrets.Protect(form.ClientSecret.Trim()),
                form.GroupsClaim!, new Dictionary<string, string[]>
                {
                    [Roles.Handhaver] = ProviderForm.Split(form.HandhaverGroups),
                    [Roles.Consulent] = ProviderForm.Split(form.ConsulentGroups),
                    [Roles.Beslisser] = ProviderForm.Split(form.BeslisserGroups),
                    [Roles.Beheerder] = ProviderForm.Split(form.BeheerderGroups),
                }, domains, form.CreatesUsers!.Value, form.LocalPasswordsAllowed!.Value, form.BreakGlassUserId);
            audit.Record(Current, actor?.UserId, AuditActions.LoginSettingsChanged, "Gemeente", code, isNew
                ? "Inloggen met het gemeente-account ingesteld."
                : "Instellingen van het gemeente-account gewijzigd" + (string.IsNullOrWhiteSpace(form.ClientSecret) ? "." : ", met een nieuw clientgeheim."));
            return Task.FromResult(provider);
        }, "De instellingen zijn intussen door een collega gewijzigd. Bekijk ze zoals ze nu zijn.", cancellationToken);
        if (outcome.IsDone && passwordsNowOff)
        {
            // Sessions begun with a password end now (the noodaccount's aside); everyone signs in again with the provider.
            var breakGlassId = form.BreakGlassUserId;
            await db.UserSessions.Where(s => s.UserId != breakGlassId && db.Users.Any(u => u.Id == s.UserId && u.MunicipalityId == Current))
                .ExecuteDeleteAsync(cancellationToken);
        }

        return outcome;
    }

    public const string NoBeheerderLeft =
        "Koppel nog niet los: daarna kan geen beheerder meer inloggen om wachtwoorden te herstellen. Geef eerst een beheerder een wachtwoord en tweestapsverificatie (het noodaccount).";

    /// <summary>Whether this Beheerder signs in with the gemeente account (and is signed out by loskoppelen too).</summary>
    public Task<bool> IsLinkedAsync(Actor actor, CancellationToken cancellationToken) =>
        db.UserLogins.AnyAsync(l => l.UserId == actor.UserId, cancellationToken);

    /// <summary>How many colleagues sign in only with the gemeente account (and will need a new password after loskoppelen).</summary>
    public Task<int> LinkedColleaguesAsync(CancellationToken cancellationToken) =>
        db.Users.CountAsync(u => u.IsActive && db.UserLogins.Any(l => l.UserId == u.Id), cancellationToken);

    /// <summary>
    /// Loskoppelen: the provider's settings and secret go, and passwords work again. Colleagues linked to the gemeente
    /// account lose the link, their sessions and their old password (from before the link, which a leaver might still
    /// know): they sign in again once the Beheerder resets their password, or the provider is connected again.
    /// </summary>
    public async Task<Outcome<int>> DisconnectAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!Access.Administers(actor))
        {
            return Outcome.Forbidden<int>("Alleen een beheerder stelt het inloggen in.");
        }

        var provider = await db.SignInProviders.SingleOrDefaultAsync(cancellationToken);
        if (provider is null)
        {
            return Outcome.NotFound<int>();
        }

        var code = await db.Municipalities.Where(m => m.Id == Current).Select(m => m.Code).SingleAsync(cancellationToken);
        var linked = await db.Users.Where(u => db.UserLogins.Any(l => l.UserId == u.Id)).Select(u => new { u.Id, u.IsActive }).ToListAsync(cancellationToken);
        var linkedIds = linked.Select(u => u.Id).ToList();
        // Someone must be able to give the linked colleagues a new password afterwards.
        if (!await BeheerdersWithPassword().AnyAsync(u => !linkedIds.Contains(u.Id), cancellationToken))
        {
            return Outcome.Conflict<int>(NoBeheerderLeft);
        }

        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.SignInProviders.Remove(provider);
                audit.Record(Current, actor.UserId, AuditActions.LoginSettingsChanged, "Gemeente", code,
                    $"Gemeente-account losgekoppeld; gekoppelde collega's die een nieuw wachtwoord nodig hebben: {linked.Count(u => u.IsActive)}.");
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
                await db.UserLogins.Where(l => linkedIds.Contains(l.UserId)).ExecuteDeleteAsync(cancellationToken);
                await db.Users.Where(u => linkedIds.Contains(u.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(u => u.PasswordHash, (string?)null).SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N")), cancellationToken);
                await db.UserSessions.Where(us => linkedIds.Contains(us.UserId)).ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.LostRace<int>("De instellingen zijn intussen door een collega gewijzigd. Bekijk ze zoals ze nu zijn.");
        }

        db.ChangeTracker.AcceptAllChanges();
        return Outcome.Done(linked.Count(u => u.IsActive));
    }

    private static ProviderForm FormOf(SignInProvider? provider) => provider is null
        ? new ProviderForm { CreatesUsers = true, LocalPasswordsAllowed = true }
        : new ProviderForm
        {
            Authority = provider.Authority, ClientId = provider.ClientId, GroupsClaim = provider.GroupsClaim,
            EmailDomains = string.Join('\n', provider.EmailDomains),
            HandhaverGroups = string.Join('\n', provider.HandhaverGroups), ConsulentGroups = string.Join('\n', provider.ConsulentGroups),
            BeslisserGroups = string.Join('\n', provider.BeslisserGroups), BeheerderGroups = string.Join('\n', provider.BeheerderGroups),
            CreatesUsers = provider.CreatesUsers, LocalPasswordsAllowed = provider.LocalPasswordsAllowed, BreakGlassUserId = provider.BreakGlassUserId,
        };

    /// <summary>Who can be the noodaccount: an active Beheerder with a password and tweestapsverificatie.</summary>
    private IQueryable<ApplicationUser> BeheerdersWithPassword() =>
        db.Users.Where(u => db.ActiveUsersInRole(Roles.Beheerder).Contains(u.Id) && u.PasswordHash != null && u.TwoFactorEnabled);

    private Guid Current => tenant.MunicipalityId ?? throw new InvalidOperationException("A colleague always has a gemeente.");
}
