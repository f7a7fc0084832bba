namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>An agreement as a casusboekje prints it: with a term in days instead of the original case's due date.</summary>
public sealed record BookletAgreement(string Description, string Responsible, int TermDays, string Fallback);
