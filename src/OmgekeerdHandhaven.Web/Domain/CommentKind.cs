namespace OmgekeerdHandhaven.Web.Domain;

public enum CommentKind
{
    Question,
    Risk,
    Suggestion,
    Remark,
}
