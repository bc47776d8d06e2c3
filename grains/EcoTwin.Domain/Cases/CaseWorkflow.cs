using System.Collections.Frozen;

namespace EcoTwin.Domain.Cases;

/// <summary>
/// The state machine of a case: which actions each stage allows and where each leads. Anything not
/// in the table is an illegal transition.
/// </summary>
public static class CaseWorkflow
{
    private static readonly FrozenDictionary<(CaseStage, CaseAction), CaseStage> Table = new Dictionary<(CaseStage, CaseAction), CaseStage>
    {
        [(CaseStage.Raised, CaseAction.Dispatch)] = CaseStage.Dispatched,
        [(CaseStage.Raised, CaseAction.Note)] = CaseStage.Raised,
        [(CaseStage.Dispatched, CaseAction.Dispatch)] = CaseStage.Dispatched,
        [(CaseStage.Dispatched, CaseAction.Accept)] = CaseStage.Handling,
        [(CaseStage.Dispatched, CaseAction.Note)] = CaseStage.Dispatched,
        [(CaseStage.Handling, CaseAction.Dispatch)] = CaseStage.Dispatched,
        [(CaseStage.Handling, CaseAction.Note)] = CaseStage.Handling,
        [(CaseStage.Handling, CaseAction.Finding)] = CaseStage.Handling,
        [(CaseStage.Handling, CaseAction.Attach)] = CaseStage.Handling,
        [(CaseStage.Handling, CaseAction.Submit)] = CaseStage.Review,
        [(CaseStage.Review, CaseAction.Note)] = CaseStage.Review,
        [(CaseStage.Review, CaseAction.Approve)] = CaseStage.Closed,
        [(CaseStage.Review, CaseAction.SendBack)] = CaseStage.Handling,
        [(CaseStage.Closed, CaseAction.Reopen)] = CaseStage.Handling,
    }.ToFrozenDictionary();

    /// <summary>The actions <paramref name="stage"/> allows, in declaration order.</summary>
    public static IReadOnlyList<CaseAction> Allowed(CaseStage stage) =>
        [.. Enum.GetValues<CaseAction>().Where(action => Table.ContainsKey((stage, action)))];

    /// <summary>The stage <paramref name="action"/> leads to from <paramref name="stage"/>; null when it is not allowed there.</summary>
    public static CaseStage? Next(CaseStage stage, CaseAction action) =>
        Table.TryGetValue((stage, action), out var next) ? next : null;

    /// <summary>Whether the deadline runs in <paramref name="stage"/>: from dispatch until the handler submits.</summary>
    public static bool DeadlineRuns(CaseStage stage) => stage is CaseStage.Dispatched or CaseStage.Handling;

    /// <summary>Whether a case in <paramref name="stage"/> is open (not closed).</summary>
    public static bool IsOpen(CaseStage stage) => stage != CaseStage.Closed;

    /// <summary>The name of a stage or an action as the API spells it (camelCase).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>The message for <paramref name="action"/> refused in <paramref name="stage"/>: the stage and what it allows.</summary>
    public static string Refusal(CaseStage stage, CaseAction action)
    {
        var allowed = Allowed(stage);
        return $"Cannot {Name(action)} a case that is {Name(stage)}; allowed now: " +
            (allowed.Count == 0 ? "nothing" : string.Join(", ", allowed.Select(Name)));
    }
}
