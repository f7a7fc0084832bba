using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Protection;

namespace OmgekeerdHandhaven.TestIdentityProvider;

/// <summary>
/// Spoils the ID token of a user marked with an <see cref="IdpFault"/> just before OpenIddict writes it (still signed
/// with the provider's own key), so the tests prove the app checks issuer, audience, nonce and lifetime itself.
/// </summary>
public sealed class IdTokenFaults(IdpDirectory directory, TimeProvider clock) : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<IdTokenFaults>()
            .SetOrder(AttachSecurityCredentials.Descriptor.Order - 1_000) // before the token is written
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType != TokenTypeIdentifiers.IdentityToken || context.Principal.GetClaim(Claims.Subject) is not { } subject
            || directory.FindBySubject(subject) is not { Fault: not IdpFault.None } user)
        {
            return ValueTask.CompletedTask;
        }

        var now = clock.GetUtcNow();
        _ = user.Fault switch
        {
            IdpFault.WrongIssuer => context.Principal.SetClaim(Claims.Private.Issuer, "http://127.0.0.1:9/een-andere-uitgever/"),
            IdpFault.WrongAudience => context.Principal.SetAudiences("een-andere-toepassing"),
            IdpFault.WrongNonce => context.Principal.SetClaim(Claims.Nonce, "niet-de-nonce-van-dit-verzoek"),
            IdpFault.Expired => context.Principal.SetCreationDate(now.AddHours(-2)).SetExpirationDate(now.AddHours(-1)),
            _ => context.Principal,
        };
        return ValueTask.CompletedTask;
    }
}
