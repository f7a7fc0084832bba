namespace OmgekeerdHandhaven.Web.Features.Lists;

/// <summary>One entry as Beheer sees it: how many dilemmas use it decides whether it can be deleted or only deactivated.</summary>
public sealed record ListEntryRow(Guid Id, string Name, bool IsActive, int Uses, bool First, bool Last);
