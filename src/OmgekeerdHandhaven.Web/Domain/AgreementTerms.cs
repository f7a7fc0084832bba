namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>What a beslisser fills in for one afspraak.</summary>
public sealed record AgreementTerms(string Description, string Responsible, Guid? ResponsibleUserId, DateOnly DueDate, string Fallback);
