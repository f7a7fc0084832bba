namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A rule of the domain was broken; the message is Dutch and meant for the user.</summary>
public sealed class DomainException(string message) : Exception(message);
