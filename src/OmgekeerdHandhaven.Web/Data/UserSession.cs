namespace OmgekeerdHandhaven.Web.Data;

/// <summary>
/// One signed-in session. The cookie carries its id; a session whose row is gone (logged out, password changed,
/// account deactivated) is refused on its next request, on every instance — also when someone kept a copy of the cookie.
/// </summary>
public sealed class UserSession
{
    private UserSession()
    {
    }

    public UserSession(Guid userId, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
