using FluentValidation.Results;

namespace OmgekeerdHandhaven.Web.Infrastructure.Actions;

public enum OutcomeKind
{
    Done,
    NotFound,
    Forbidden,
    Refused,
    Conflict,
}

/// <summary>A Dutch reason a form field (or, with an empty field, the whole request) was refused.</summary>
public sealed record FieldRefusal(string Field, string Message);

/// <summary>
/// What an action did, for the screens and the API to answer in their own way (a page or problem+json), each in one
/// place: done, with its result; not found (or not visible to this user); forbidden (not theirs to do); refused (input
/// that breaks a rule, per field); or a conflict (not possible in this status, or someone else changed it meanwhile).
/// </summary>
public sealed class Outcome<T>
{
    internal Outcome(OutcomeKind kind, T? value, string? reason, IReadOnlyList<FieldRefusal> refusals, bool lostRace = false)
    {
        Kind = kind;
        Value = value;
        Reason = reason;
        Refusals = refusals;
        IsLostRace = lostRace;
    }

    public OutcomeKind Kind { get; }

    /// <summary>The result when done; for a refusal or conflict, what it was about when that is known (to show its form again).</summary>
    public T? Value { get; }

    /// <summary>Dutch, for the user: why it was forbidden or not possible.</summary>
    public string? Reason { get; }

    public IReadOnlyList<FieldRefusal> Refusals { get; }

    public bool IsDone => Kind == OutcomeKind.Done;

    /// <summary>
    /// A conflict because someone else saved first (the version the user started from is gone): a form shows the stored
    /// version beside the user's input so they can merge and save again.
    /// </summary>
    public bool IsLostRace { get; }

    /// <summary>The same refusal for another result type (an outcome that is not done carries no value).</summary>
    public Outcome<TOther> Cast<TOther>() => IsDone
        ? throw new InvalidOperationException("A done outcome has a value of its own type.")
        : new(Kind, default, Reason, Refusals, IsLostRace);
}

/// <summary>The ways an action ends; see <see cref="Outcome{T}"/>.</summary>
public static class Outcome
{
    public static Outcome<T> Done<T>(T value) => new(OutcomeKind.Done, value, null, []);

    public static Outcome<T> NotFound<T>() => new(OutcomeKind.NotFound, default, null, []);

    public static Outcome<T> Forbidden<T>(string reason) => new(OutcomeKind.Forbidden, default, reason, []);

    public static Outcome<T> Conflict<T>(string reason, T? about = default) => new(OutcomeKind.Conflict, about, reason, []);

    /// <summary>Someone else saved first; <paramref name="about"/> is the version as stored now.</summary>
    public static Outcome<T> LostRace<T>(string reason, T? about = default) => new(OutcomeKind.Conflict, about, reason, [], lostRace: true);

    /// <summary>Not possible because of what someone else did to one field (their notes saved meanwhile): said next to it.</summary>
    public static Outcome<T> Conflict<T>(FieldRefusal about, T? value = default) => new(OutcomeKind.Conflict, value, about.Message, [about]);

    public static Outcome<T> Refused<T>(IEnumerable<FieldRefusal> refusals, T? about = default) => new(OutcomeKind.Refused, about, null, [.. refusals]);

    public static Outcome<T> Refused<T>(ValidationResult validation, T? about = default) =>
        Refused(validation.Errors.Select(e => new FieldRefusal(e.PropertyName, e.ErrorMessage)), about);
}
