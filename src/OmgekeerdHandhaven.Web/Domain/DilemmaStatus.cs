namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>The lifecycle of product.md. Stored by name; the API uses these names.</summary>
public enum DilemmaStatus
{
    Draft,
    UnderDiscussion,
    ReturnedToAuthor,
    Decided,
    Withdrawn,
}
