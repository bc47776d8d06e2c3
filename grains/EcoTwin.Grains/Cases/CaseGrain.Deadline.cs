using System.Collections.Immutable;
using System.Globalization;
using EcoTwin.Domain.Cases;

namespace EcoTwin.Grains.Cases;

/// <summary>
/// The deadline: a durable reminder fires at the deadline (and hourly after, until the case is
/// escalated, submitted or closed); each firing — and each activation — compares the deadline with
/// the clock, so a test with a fake clock escalates through <see cref="CheckDeadlineAsync"/>.
/// </summary>
public sealed partial class CaseGrain
{
    private const string ReminderName = "deadline";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromHours(1);
    private static readonly TimeSpan LongestDue = TimeSpan.FromDays(30);

    /// <inheritdoc />
    public async Task<bool> CheckDeadlineAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (!S.Exists || !CaseRules.IsOverdue((CaseStage)S.Status, S.Deadline, now) || S.EscalatedFor == S.Deadline)
        {
            return false;
        }

        S.EscalatedFor = S.Deadline;
        S.EscalatedAt = now;
        AddStep(Contracts.Cases.CaseActor.System, "escalated", $"deadline {S.Deadline!.Value.UtcDateTime:yyyy-MM-dd HH:mm}Z passed; supervisors notified",
            ImmutableDictionary<string, string>.Empty.Add("deadline", S.Deadline.Value.ToString("O", CultureInfo.InvariantCulture)).Add("assignee", S.Assignee ?? string.Empty));
        await board.NotifyOverdueAsync(Summary(), cancellationToken); // once per case and deadline, so safe to repeat after a crash
        await CommitAsync(cancellationToken);
        LogEscalated(logger, Id, S.Deadline.Value, S.Assignee);
        return true;
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!await CheckDeadlineAsync())
        {
            await SyncReminderAsync(force: true); // fired early (a deadline beyond the longest due time) or no longer needed
        }
    }

    private async Task SyncReminderAsync(bool force)
    {
        var needed = S.Exists && CaseWorkflow.DeadlineRuns((CaseStage)S.Status) && S.Deadline is not null && S.EscalatedFor != S.Deadline;
        if (needed && (force || S.ReminderFor != S.Deadline))
        {
            var due = S.Deadline!.Value - time.GetUtcNow();
            due = due < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : due > LongestDue ? LongestDue : due;
            await this.RegisterOrUpdateReminder(ReminderName, due, ReminderPeriod);
            S.ReminderFor = S.Deadline;
            await state.WriteStateAsync();
        }
        else if (!needed && S.ReminderFor is not null)
        {
            if (await this.GetReminder(ReminderName) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            S.ReminderFor = null;
            await state.WriteStateAsync();
        }
    }
}
