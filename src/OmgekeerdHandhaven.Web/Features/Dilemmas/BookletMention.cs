namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>A published casusboekje that includes this dilemma (as it was when the edition was published).</summary>
public sealed record BookletMention(Guid BookletId, string Title, DateTimeOffset PublishedAt);
