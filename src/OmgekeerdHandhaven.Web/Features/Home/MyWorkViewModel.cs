namespace OmgekeerdHandhaven.Web.Features.Home;

public sealed record MyWorkViewModel(string DisplayName, string MunicipalityName, IReadOnlyList<string> Roles);
