using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record ColleagueSuggestion(string Naam);

/// <summary>
/// Suggestions while typing "@" in a reactie: active colleagues of the user's own gemeente (the query filter sees to
/// that) whose name, or a word of it, starts with what was typed. Names only — nothing else about them.
/// </summary>
public sealed class ColleaguesController(AppDbContext db) : Controller
{
    public const int MaxSuggestions = 8;

    [HttpGet("/collegas")]
    public async Task<IActionResult> Suggest([FromQuery] string? zoek, CancellationToken cancellationToken)
    {
        var term = (zoek ?? string.Empty).Trim();
        if (term.Length is 0 or > 60)
        {
            return Json(Array.Empty<ColleagueSuggestion>());
        }

        var pattern = term.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        var names = await db.ActiveColleagues()
            .Where(u => EF.Functions.ILike(u.DisplayName, pattern + "%") || EF.Functions.ILike(u.DisplayName, "% " + pattern + "%"))
            .OrderBy(u => u.DisplayName).Select(u => u.DisplayName).Take(MaxSuggestions).ToListAsync(cancellationToken);
        return Json(names.Select(n => new ColleagueSuggestion(n)));
    }
}
