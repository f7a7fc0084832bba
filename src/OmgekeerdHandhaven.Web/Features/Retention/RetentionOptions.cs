using System.ComponentModel.DataAnnotations;

namespace OmgekeerdHandhaven.Web.Features.Retention;

/// <summary>Section "Retention": whether this instance applies the bewaartermijnen, and how often it looks.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>On in production; the terms themselves are per gemeente (Beheer › Bewaartermijnen).</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 1440)]
    public int PollMinutes { get; set; } = 15;
}
