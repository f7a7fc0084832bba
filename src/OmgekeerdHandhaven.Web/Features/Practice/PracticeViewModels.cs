using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.Practice;

public sealed record PracticeSetItem(Guid Id, string Name, string? Description, int Count, bool Shared, bool Mine);

public sealed record PracticeAnswerItem(Guid Id, DilemmaNumber Number, string Title, DateTimeOffset CreatedAt);

/// <summary>Oefenen: start at random (optionally within a domain) or with a practice set; the learner's own answers.</summary>
public sealed record PracticeIndexViewModel(
    IReadOnlyList<string> PolicyAreas, IReadOnlyList<PracticeSetItem> Sets, IReadOnlyList<PracticeAnswerItem> Answers, bool CanCompose, int DecidedCount);

/// <summary>A decided dilemma without its solution, and the learner's answer form.</summary>
public sealed record PracticeExerciseViewModel(Dilemma Dilemma, string? SetName, int? Step, int? Steps, PracticeAnswerForm Form);

/// <summary>The learner's approach beside the agreed solution and its motivation.</summary>
public sealed record PracticeResultViewModel(
    Guid AnswerId, DilemmaNumber Number, string Title, string Question, string Approach, DateTimeOffset AnsweredAt, DecisionView Decision,
    Guid? SetId, DilemmaNumber? Next);

public sealed record PracticeSetFormViewModel(PracticeSetForm Form, string? Zoekterm, IReadOnlyList<ChoiceOption> Choices);
