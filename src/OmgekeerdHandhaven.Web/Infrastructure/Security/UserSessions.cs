using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>The server side of a session cookie (see <see cref="UserSession"/>).</summary>
public static class UserSessions
{
    public const string ClaimType = "oh:sessie";

    /// <summary>Sessions older than this are cleared at the next login of their user (housekeeping; the cookie expired long before).</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public static async Task<Guid> StartAsync(AppDbContext db, Guid userId, DateTimeOffset now)
    {
        var session = new UserSession(userId, now);
        var expired = now - KeptFor;
        // Plain SQL: the request's context may track other changes, which are not this statement's to save.
        await db.Database.ExecuteSqlAsync($"""
            WITH expired AS (DELETE FROM user_sessions WHERE user_id = {userId} AND created_at < {expired})
            INSERT INTO user_sessions (id, user_id, created_at) VALUES ({session.Id}, {userId}, {now})
            """);
        return session.Id;
    }

    public static async Task<bool> IsActiveAsync(AppDbContext db, ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        Ids(principal) is var (session, user) && await db.UserSessions.AnyAsync(s => s.Id == session && s.UserId == user, cancellationToken);

    public static async Task EndAsync(AppDbContext db, ClaimsPrincipal principal)
    {
        if (Ids(principal) is var (session, _))
        {
            await db.UserSessions.Where(s => s.Id == session).ExecuteDeleteAsync();
        }
    }

    /// <summary>Ends every session of the user at once (password changed, account deactivated).</summary>
    public static Task EndAllAsync(AppDbContext db, Guid userId) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();

    /// <summary>
    /// After a change of the user's security stamp (password, tweestapsverificatie): every other session ends, and this
    /// one goes on as a new session with a fresh cookie — the old cookie would fail the next check and sign them out.
    /// </summary>
    public static async Task RestartAsync(AppDbContext db, SignInManager<ApplicationUser> signIn, ApplicationUser user)
    {
        await EndAllAsync(db, user.Id);
        // As RefreshSignInAsync, but keeping how the session began (with the gemeente account: its logout goes there too).
        var current = await signIn.Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var kept = current.Principal?.Claims.Where(c => c.Type is SingleSignOn.GemeenteAccount.ClaimType or SingleSignOn.GemeenteAccount.SignedInAtClaimType or "amr").Select(c => new Claim(c.Type, c.Value)).ToList() ?? [];
        await signIn.SignInWithClaimsAsync(user, current.Properties, kept);
    }

    private static (Guid Session, Guid User)? Ids(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimType), out var session) && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var user)
            ? (session, user)
            : null;
}
