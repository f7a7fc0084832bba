using System.ComponentModel.DataAnnotations;

namespace OmgekeerdHandhaven.Web.Data.Search;

/// <summary>Section "SearchLanguage": what Dutch search loads into the database after migrating.</summary>
public sealed class SearchLanguageOptions
{
    public const string Section = "SearchLanguage";

    /// <summary>The Dutch word list for splitting compounds (Debian's wdutch); without it only the domain words split.</summary>
    [Required]
    public string WordListPath { get; set; } = "/usr/share/dict/dutch";
}
