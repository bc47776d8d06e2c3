namespace EcoTwin.Domain.Cases;

/// <summary>The stages of a case's closed loop: raised → dispatched → handling → review → closed.</summary>
public enum CaseStage
{
    /// <summary>Opened (from an alarm or by hand) and not yet given to anyone.</summary>
    Raised = 0,

    /// <summary>Given to an officer or a district team, with a deadline; not yet taken up.</summary>
    Dispatched = 1,

    /// <summary>Taken up by an officer: notes, on-site findings, attachments.</summary>
    Handling = 2,

    /// <summary>Submitted by the handler; waits for a reviewer to approve or send it back.</summary>
    Review = 3,

    /// <summary>Approved and closed; may be reopened with a reason.</summary>
    Closed = 4,
}
