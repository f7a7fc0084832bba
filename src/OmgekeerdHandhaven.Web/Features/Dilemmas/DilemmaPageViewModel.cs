using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Everything the dilemma page shows, with names resolved and the actions this user may take.</summary>
public sealed record DilemmaPageViewModel(
    Dilemma Dilemma,
    string AuthorName,
    DecisionView? CurrentDecision,
    IReadOnlyList<DecisionView> SupersededDecisions,
    IReadOnlyList<CommentView> Comments,
    IReadOnlyList<RevisionView> Revisions,
    IReadOnlyList<HistoryLine> History,
    DilemmaPermissions Can,
    CommentForm CommentForm,
    IReadOnlyList<Search.SearchHit> Similar,
    IReadOnlyList<MeetingMention> Meetings,
    IReadOnlyList<BookletMention> Booklets,
    MeetingMention? NextMeeting = null,
    bool Following = false);
