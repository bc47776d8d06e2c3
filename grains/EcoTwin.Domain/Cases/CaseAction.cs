namespace EcoTwin.Domain.Cases;

/// <summary>What people do to a case; <see cref="CaseWorkflow"/> says in which stage each is allowed.</summary>
public enum CaseAction
{
    /// <summary>Give the case to an officer or a district team with a deadline (also to re-assign it).</summary>
    Dispatch = 0,

    /// <summary>The assignee takes the case up: handling starts.</summary>
    Accept = 1,

    /// <summary>Add a note (any open stage).</summary>
    Note = 2,

    /// <summary>Record an on-site finding.</summary>
    Finding = 3,

    /// <summary>Attach a file (photo, report).</summary>
    Attach = 4,

    /// <summary>The handler submits the case for review.</summary>
    Submit = 5,

    /// <summary>The reviewer approves: the case closes.</summary>
    Approve = 6,

    /// <summary>The reviewer sends the case back to handling, with a reason.</summary>
    SendBack = 7,

    /// <summary>Reopen a closed case, with a reason: handling starts again.</summary>
    Reopen = 8,
}
