using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class PasswordPolicyTests
{
    [Fact]
    public void Validate_WhenShorterThan12Characters_IsRefusedWithDutchMessage()
    {
        var errors = PasswordPolicyValidator.Validate("kort-wacht1", email: null);

        var error = Assert.Single(errors);
        Assert.Contains("minstens 12 tekens", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paard batterij nietje")]
    [InlineData("twaalftekens")]
    [InlineData("alleenkleineletterszonderregels")]
    public void Validate_LongPasswordWithoutCompositionRules_IsAccepted(string password) =>
        Assert.Empty(PasswordPolicyValidator.Validate(password, email: null));

    [Fact]
    public void Validate_PassphraseOf128Characters_IsAccepted()
    {
        var password = string.Concat(Enumerable.Repeat("handhaven aan de voorkant ", 6))[..128];

        Assert.Empty(PasswordPolicyValidator.Validate(password, email: null));
    }

    [Fact]
    public void Validate_LongerThanMaximum_IsRefused()
    {
        var errors = PasswordPolicyValidator.Validate(new string('x', PasswordPolicy.MaximumLength + 1), email: null);

        Assert.Contains(errors, e => e.Contains("hoogstens", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("123qweasdzxc")]
    [InlineData("QWERTY123456")]
    public void Validate_CommonPasswordOfAnyCase_IsRefused(string password)
    {
        var errors = PasswordPolicyValidator.Validate(password, email: null);

        var error = Assert.Single(errors);
        Assert.Contains("veelgebruikte wachtwoorden", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CommonPasswordList_HoldsTenThousandEntries() =>
        Assert.Equal(10_000, CommonPasswords.Count);

    [Fact]
    public void Validate_PasswordEqualToEmail_IsRefused()
    {
        var errors = PasswordPolicyValidator.Validate("Handhaver@Voorbeeld.nl", "handhaver@voorbeeld.nl");

        Assert.Contains(errors, e => e.Contains("e-mailadres", StringComparison.Ordinal));
    }

    [Fact]
    public void OneTimePassword_IsAcceptedByThePolicyAndDifferentEachTime()
    {
        var first = OneTimePassword.Generate();
        var second = OneTimePassword.Generate();

        Assert.Empty(PasswordPolicyValidator.Validate(first, email: null));
        Assert.NotEqual(first, second);
    }
}
