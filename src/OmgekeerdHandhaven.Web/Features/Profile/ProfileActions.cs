using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Profile;

/// <summary>Mijn profiel: a colleague's own personal access tokens, made and revoked with their logboek entry in one save.</summary>
public sealed class ProfileActions(AppDbContext db, UnitOfWork work, AuditLog audit, TimeProvider clock, IValidator<CreateTokenForm> forms)
{
    private const string ChangedMeanwhile = "Uw tokens zijn intussen gewijzigd. Bekijk ze zoals ze nu zijn.";

    /// <summary>Done: the secret, to show once.</summary>
    public async Task<Outcome<string>> CreateTokenAsync(Actor actor, CreateTokenForm form, CancellationToken cancellationToken) =>
        await work.SaveAsync(await forms.ValidateAsync(form, cancellationToken), async () =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == actor.UserId, cancellationToken);
            DateTimeOffset? expires = string.IsNullOrWhiteSpace(form.ExpiresOn)
                ? null
                : DutchTime.StartOfDay(CreateTokenFormValidator.ExpiresOn(form.ExpiresOn).AddDays(1));
            var (token, secret) = AccessToken.Create(user, form.Name, clock.GetUtcNow(), expires);
            db.AccessTokens.Add(token);
            audit.Record(user.MunicipalityId, user.Id, AuditActions.TokenCreated, "Gebruiker", user.Id.ToString(), "Persoonlijk toegangstoken aangemaakt.");
            return secret;
        }, ChangedMeanwhile, cancellationToken);

    /// <summary>Only one's own tokens: another's is not found.</summary>
    public async Task<Outcome<AccessToken>> RevokeTokenAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, cancellationToken);
        return await work.SaveAsync(UnitOfWork.Open(token, mayAct: true, string.Empty), input: null, t =>
        {
            t.Revoke(clock.GetUtcNow());
            audit.Record(t.MunicipalityId, actor.UserId, AuditActions.TokenRevoked, "Gebruiker", actor.UserId.ToString(), "Persoonlijk toegangstoken ingetrokken.");
            return Task.FromResult(t);
        }, ChangedMeanwhile, cancellationToken);
    }
}
