namespace OmgekeerdHandhaven.Web.Features.Shared;

/// <summary>A group of checkboxes or radio buttons with a legend, rendered by _ChoiceFieldset.cshtml.</summary>
public sealed record ChoiceFieldset(string Name, string Legend, string Type, IReadOnlyList<ChoiceOption> Options, IReadOnlySet<string> Selected, string? Hint = null);
