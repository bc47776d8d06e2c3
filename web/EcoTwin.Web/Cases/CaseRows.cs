using EcoTwin.Contracts.Cases;
using EcoTwin.Storage.Cases;

namespace EcoTwin.Web.Cases;

/// <summary>Rows of the cases table as case summaries.</summary>
public static class CaseRows
{
    /// <summary>The summary of <paramref name="row"/>.</summary>
    public static CaseSummary ToSummary(CaseRow row) => new(
        row.Id, row.Title, Enum.Parse<CaseStatus>(row.Status, ignoreCase: true), row.Origin, row.TwinKind, row.TwinKey, row.Cause, row.DistrictCode,
        row.Assignee, row.Handler, row.Deadline, row.Overdue, row.EscalatedAt, row.AlarmOpen, row.AlarmCount, row.OpenedBy, row.OpenedAt, row.UpdatedAt,
        row.ClosedAt, row.Version);

    /// <summary>The row of <paramref name="summary"/>.</summary>
    public static CaseRow ToRow(CaseSummary summary) => new(
        summary.Id, summary.Title, summary.Status.ToString().ToLowerInvariant(), summary.Origin, summary.TwinKind, summary.TwinKey, summary.Cause,
        summary.DistrictCode, summary.Assignee, summary.Handler, summary.Deadline, summary.Overdue, summary.EscalatedAt, summary.AlarmOpen,
        summary.AlarmCount, summary.OpenedBy, summary.OpenedAt, summary.UpdatedAt, summary.ClosedAt, summary.Version);
}
