namespace OmgekeerdHandhaven.Web.Features.Profile;

public sealed class SecondFactorCodeForm
{
    public string? Code { get; set; }
}

/// <summary>The state, the key while it is off, and herstelcodes just made (shown this once).</summary>
public sealed record SecondFactorViewModel(SecondFactorSetup Setup, SecondFactorCodeForm Form, IReadOnlyList<string>? RecoveryCodes);
