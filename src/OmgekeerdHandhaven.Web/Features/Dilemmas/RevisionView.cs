namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record RevisionView(int Number, string Editor, DateTimeOffset EditedAt, IReadOnlyList<RevisionFieldView> Fields);
