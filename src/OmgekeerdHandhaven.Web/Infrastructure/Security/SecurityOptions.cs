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

    /// <summary>A session begun with the gemeente account lasts at most this many hours; then the provider is asked again.</summary>
    [Range(1, 24)]
    public int GemeenteAccountSessionHours { get; set; } = 10;
}
