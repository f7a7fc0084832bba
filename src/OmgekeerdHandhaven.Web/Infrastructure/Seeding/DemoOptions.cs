using System.ComponentModel.DataAnnotations;

namespace OmgekeerdHandhaven.Web.Infrastructure.Seeding;

/// <summary>Section "Demo": the password of the demo accounts that ./run.sh seeds.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public const string DefaultPassword = "Dilemmaregister-demo-2026";

    [Required]
    [MinLength(12)]
    public string Password { get; set; } = DefaultPassword;
}
