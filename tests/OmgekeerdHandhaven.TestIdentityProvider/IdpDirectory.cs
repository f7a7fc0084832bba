using System.Collections.Concurrent;

namespace OmgekeerdHandhaven.TestIdentityProvider;

/// <summary>What an ID token of this user does wrong, to prove the app refuses it.</summary>
public enum IdpFault
{
    None,
    WrongIssuer,
    WrongAudience,
    WrongNonce,
    Expired,
}

/// <summary>
/// A person at the provider: Subject is the stable id (Entra's oid), groups as ids; SecondFactor: their sign-in here
/// used one (amr "mfa"), as a gemeente's conditional access would demand.
/// </summary>
public sealed record IdpUser(
    string UserName, string Password, string Subject, string Email, string Name, IReadOnlyList<string> Groups, IdpFault Fault = IdpFault.None, bool SecondFactor = true);

/// <summary>A relying party registered at the provider, with where it may send people back to.</summary>
public sealed record IdpClient(string ClientId, string ClientSecret, Uri RedirectUri, Uri PostLogoutRedirectUri);

/// <summary>The provider's users; tests change them while it runs (a leaver removed from a group).</summary>
public sealed class IdpDirectory
{
    private readonly ConcurrentDictionary<string, IdpUser> _users = new(StringComparer.OrdinalIgnoreCase);

    public void Put(IdpUser user) => _users[user.UserName] = user;

    public IdpUser? Find(string userName) => _users.TryGetValue(userName, out var user) ? user : null;

    public IdpUser? FindBySubject(string subject) => _users.Values.FirstOrDefault(u => u.Subject == subject);
}
