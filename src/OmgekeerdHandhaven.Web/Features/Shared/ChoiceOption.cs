namespace OmgekeerdHandhaven.Web.Features.Shared;

public sealed record ChoiceOption(string Value, string Label);
