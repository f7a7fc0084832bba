using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.LoginSettings;

/// <summary>What Beheer › Inloggen shows: the setting, and who it concerns that has no second factor yet.</summary>
public sealed record LoginSettingsView(LoginSettingsForm Form, IReadOnlyList<string> WithoutSecondFactor);

/// <summary>Beheer › Inloggen: how the gemeente's colleagues sign in, changed with its logboek entry in one save.</summary>
public sealed class LoginSettingsActions(AppDbContext db, UnitOfWork work, AuditLog audit, ITenantContext tenant, IValidator<LoginSettingsForm> forms)
{
    public async Task<LoginSettingsView> ShowAsync(LoginSettingsForm? form, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.AsNoTracking().SingleAsync(m => m.Id == Current, cancellationToken);
        // Active beheerders and beslissers who would be asked to set it up at their next sign-in.
        var roleNames = Municipality.RolesNeedingSecondFactor.ToList();
        var without = await db.Users
            .Where(u => u.IsActive && !u.TwoFactorEnabled
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roleNames.Contains(r.Name!))))
            .OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToListAsync(cancellationToken);
        return new LoginSettingsView(form ?? new LoginSettingsForm { SecondFactorRequired = municipality.SecondFactorRequired }, without);
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

    private Guid Current => tenant.MunicipalityId ?? throw new InvalidOperationException("A colleague always has a gemeente.");
}
