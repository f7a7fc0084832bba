using System.ComponentModel.DataAnnotations;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>Section "Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// How often a signed-in session is checked against the user as stored: a deactivated user or a changed role is
    /// noticed within this many seconds.
    /// </summary>
    [Range(1, 3_600)]
    public int SessionCheckSeconds { get; set; } = 60;
}
