namespace OmgekeerdHandhaven.Web.Features.Account;

/// <summary>Inloggen, tweede stap: the code from the authenticator app, or one of the recovery codes.</summary>
public sealed class SecondFactorForm
{
    public string? Code { get; set; }

    public bool RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>
    /// As typed, without the spaces apps show in a code ("123 456"); a herstelcode keeps its dash ("a1b2c-d3e4f"), which
    /// is part of it.
    /// </summary>
    public string Typed => new([.. (Code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && (RecoveryCode || c != '-'))]);
}
