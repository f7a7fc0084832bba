using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Volgen / Niet meer volgen: anyone who may see a dilemma chooses whether its meldingen reach them.</summary>
public sealed class FollowActions(AppDbContext db, UnitOfWork work, TimeProvider clock)
{
    public async Task<Outcome<bool>> SetAsync(string number, Actor actor, bool following, CancellationToken cancellationToken)
    {
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        return await work.SaveAsync(UnitOfWork.Open(dilemma, mayAct: true, string.Empty), input: null, async d =>
        {
            var row = await db.DilemmaFollowers.SingleOrDefaultAsync(f => f.DilemmaId == d.Id && f.UserId == actor.UserId, cancellationToken);
            if (row is null)
            {
                db.DilemmaFollowers.Add(new DilemmaFollower(d.MunicipalityId, d.Id, actor.UserId, following, clock.GetUtcNow()));
            }
            else
            {
                row.Set(following, clock.GetUtcNow());
            }

            return following;
        }, "U volgde of ontvolgde dit dilemma intussen in een ander venster. Bekijk het opnieuw.", cancellationToken);
    }
}
