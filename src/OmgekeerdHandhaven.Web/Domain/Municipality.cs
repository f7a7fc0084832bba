using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A gemeente. One installation serves many; all case data belongs to exactly one.</summary>
public sealed partial class Municipality
{
    public const int NameMaxLength = 100;

    private Municipality()
    {
        Name = string.Empty;
        Code = string.Empty;
    }

    public Municipality(string name, string code)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength)
        {
            throw new DomainException($"De naam van de gemeente is verplicht en heeft hoogstens {NameMaxLength} tekens.");
        }

        if (!IsValidCode(code))
        {
            throw new DomainException("De gemeentecode moet de CBS-code zijn: GM gevolgd door 4 cijfers, bijvoorbeeld GM0363.");
        }

        Id = Guid.NewGuid();
        Name = name.Trim();
        Code = code.Trim().ToUpperInvariant();
        SecondFactorRequired = true;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>CBS code, "GM" + 4 digits (GM0363 is Amsterdam).</summary>
    public string Code { get; private set; }

    /// <summary>Visie op handhaving: shown to beslissers beside the decision form ("het antwoord is per gemeente verschillend").</summary>
    public string? Vision { get; private set; }

    public const int VisionMaxLength = 10_000;

    public void ChangeVision(string? vision) => Vision = string.IsNullOrWhiteSpace(vision) ? null : vision.Trim();

    /// <summary>
    /// Beheerders and beslissers with a local account log in with a second factor (the BIO asks for one where access
    /// reaches beyond one's own work). On unless the gemeente's Beheerder switches it off.
    /// </summary>
    public bool SecondFactorRequired { get; private set; }

    public void RequireSecondFactor(bool required) => SecondFactorRequired = required;

    /// <summary>The day the beslissers last got their morning overview; claimed by one app instance per day.</summary>
    public DateOnly? DecisionOverviewSentOn { get; private set; }

    /// <summary>Bewaartermijnen: how long what comes with the dilemmas is kept.</summary>
    public RetentionTerms Retention { get; private set; } = RetentionTerms.Default;

    /// <summary>The day the bewaartermijnen were last applied: claimed by one instance with a conditional update.</summary>
    public DateOnly? RetentionRanOn { get; private set; }

    public void ChangeRetention(RetentionTerms terms) => Retention = terms;

    /// <summary>Whether someone with these roles must use tweestapsverificatie here.</summary>
    public bool RequiresSecondFactorOf(IEnumerable<string> roles) => SecondFactorNeeded(SecondFactorRequired, roles);

    /// <summary>The same rule where only the setting was read (the sign-in cookie's claims).</summary>
    public static bool SecondFactorNeeded(bool requiredByGemeente, IEnumerable<string> roles) =>
        requiredByGemeente && roles.Any(RolesNeedingSecondFactor.Contains);

    public static IReadOnlyList<string> RolesNeedingSecondFactor { get; } = [Roles.Beheerder, Roles.Beslisser];

    public static bool IsValidCode(string? code) => code is not null && CbsCode().IsMatch(code.Trim());

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CbsCode();
}
