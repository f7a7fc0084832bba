using Microsoft.AspNetCore.Identity;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>Length limits and the common-password list; Identity's own composition rules are switched off.</summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var errors = Validate(password, user.Email).Select(message => new IdentityError { Code = "Wachtwoord", Description = message });
        return Task.FromResult(errors.Any() ? IdentityResult.Failed([.. errors]) : IdentityResult.Success);
    }

    /// <summary>Dutch messages for every rule the password breaks; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Validate(string? password, string? email)
    {
        password ??= string.Empty;
        var errors = new List<string>();
        if (password.Length < PasswordPolicy.MinimumLength)
        {
            errors.Add($"Het wachtwoord moet minstens {PasswordPolicy.MinimumLength} tekens lang zijn. Een zin van een paar woorden is sterk en goed te onthouden.");
        }
        else if (password.Length > PasswordPolicy.MaximumLength)
        {
            errors.Add($"Het wachtwoord mag hoogstens {PasswordPolicy.MaximumLength} tekens lang zijn.");
        }

        if (password.Length > 0 && CommonPasswords.Contains(password))
        {
            errors.Add("Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden. Kies een ander wachtwoord.");
        }
        else if (!string.IsNullOrEmpty(email) && password.Trim().Equals(email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("Het wachtwoord mag niet gelijk zijn aan uw e-mailadres.");
        }

        return errors;
    }
}
