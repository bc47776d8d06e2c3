using EcoTwin.Contracts.Cases;
using EcoTwin.Domain.Auth;
using EcoTwin.Grains.Cases;
using EcoTwin.Storage.Audit;
using EcoTwin.Storage.Cases;
using EcoTwin.Web.Cases;

namespace EcoTwin.Silo.Cases;

/// <summary>
/// The flow board in a silo: case summaries go to the cases table and the live feed; overdue cases
/// notify the supervisors (operators, and admins who see every notification) of their district; what
/// the platform does to cases by itself (raised from alarms, escalated) goes to the audit log.
/// </summary>
public sealed class CaseBoard(CaseTable table, NotificationStore notifications, CaseChangeFeed feed, AuditWriter audit, TimeProvider time) : ICaseBoard
{
    /// <summary>The role overdue cases are reported to.</summary>
    public static readonly string SupervisorRole = RoleNames.Of(Role.Operator);

    /// <inheritdoc />
    public async Task PublishAsync(CaseSummary summary, CancellationToken cancellationToken = default)
    {
        await table.UpsertAsync(CaseRows.ToRow(summary), cancellationToken);
        feed.Publish(summary);
        if (summary.OpenedBy == CaseActor.System.Name && summary.OpenedAt == summary.UpdatedAt)
        {
            audit.Post([new AuditEntry(time.GetUtcNow(), CaseActor.System.Name, null, "case.raised", $"case/{summary.Id}", null, null,
                $"raised from alarm {summary.Cause} of {summary.TwinKind}/{summary.TwinKey}")]);
        }
    }

    /// <inheritdoc />
    public async Task NotifyOverdueAsync(CaseSummary summary, CancellationToken cancellationToken = default)
    {
        var message = $"Case {summary.Id} \"{summary.Title}\" is overdue: deadline {summary.Deadline:yyyy-MM-dd HH:mm}Z, assigned to {summary.Assignee}.";
        var added = await notifications.AddAsync(
            new NotificationRecord(0, time.GetUtcNow(), SupervisorRole, summary.DistrictCode, summary.Id, "overdue", message, null, null),
            $"overdue/{summary.Id}/{summary.Deadline?.UtcTicks}", cancellationToken);
        if (added)
        {
            audit.Post([new AuditEntry(time.GetUtcNow(), CaseActor.System.Name, null, "case.escalated", $"case/{summary.Id}", null, null, message)]);
        }
    }
}
