namespace OmgekeerdHandhaven.Web.Infrastructure.Seeding;

public sealed record DemoAccount(string MunicipalityCode, string Email, string DisplayName, IReadOnlyList<string> Roles);
