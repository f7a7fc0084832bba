namespace OmgekeerdHandhaven.Web.Infrastructure.Seeding;

internal sealed record DemoDecision(string By, int DaysAgo, string Solution, string Rationale, DemoAgreement[] Agreements);
