using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.Seeding;

/// <summary>An agreement due a number of days after its decision; Responsible may be a demo colleague's name.</summary>
internal sealed record DemoAgreement(string Description, string Responsible, int DueDaysAfterDecision, string Fallback, AgreementStatus Status = AgreementStatus.Open, string? Note = null);
