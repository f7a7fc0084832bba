namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record PolicyAreaChoice(Guid Id, string Name);
