namespace OmgekeerdHandhaven.Web.Features.Synonyms;

public sealed record SynonymEditViewModel(Guid Id, SynonymForm Form);
