namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>One possible course of action (Optie) with what it would lead to (Gevolgen).</summary>
public sealed record DilemmaOption(string Description, string Consequences);
