using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data;

public static class UserRoleQueries
{
    /// <summary>
    /// Ids of the active users of the current gemeente with <paramref name="role"/>. Joined through the filtered Users
    /// set: role assignments themselves carry no gemeente.
    /// </summary>
    public static IQueryable<Guid> ActiveUsersInRole(this AppDbContext db, string role) =>
        from user in db.Users
        join userRole in db.UserRoles on user.Id equals userRole.UserId
        join assigned in db.Roles on userRole.RoleId equals assigned.Id
        where assigned.Name == role && user.IsActive
        select user.Id;

    /// <summary>Active colleagues of the gemeente with a role (without one, a gemeente account lost its groups: no access).</summary>
    public static IQueryable<ApplicationUser> ActiveColleagues(this AppDbContext db) =>
        db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id));
}
