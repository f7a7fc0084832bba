namespace OmgekeerdHandhaven.Web.Features.Account;

public sealed class LoginForm
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    /// <summary>Where to go after logging in; only local paths are honoured.</summary>
    public string? ReturnUrl { get; set; }

    /// <summary>Shown, never posted: the gemeente of a /g/GM… login address.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public GemeenteLogin? Gemeente { get; set; }
}
