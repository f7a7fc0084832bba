using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Synonyms;

public sealed record SynonymListViewModel(IReadOnlyList<SynonymGroup> Own, IReadOnlyList<IReadOnlyList<string>> Defaults, SynonymForm Form);
