namespace OmgekeerdHandhaven.Web.Features.Modules;

public sealed record PlannedModuleViewModel(string Title, string Description);
