using System.Collections.Immutable;
using System.Globalization;
using EcoTwin.Contracts.Cases;
using EcoTwin.Domain.Cases;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Grains.Cases;

/// <summary>The people's actions on a case.</summary>
public sealed partial class CaseGrain
{
    private const string AdminRole = "admin";

    /// <inheritdoc />
    public Task<CaseView> DispatchAsync(string assignee, DateTimeOffset deadline, string? note, CaseActor actor, CancellationToken cancellationToken = default) =>
        ActAsync(
            CaseAction.Dispatch, actor, note,
            [
                string.IsNullOrWhiteSpace(assignee) ? new FieldError("assignee", "is required") : null,
                CaseRules.Deadline("deadline", deadline, time.GetUtcNow()), CaseRules.OptionalText("note", note),
            ],
            () =>
            {
                S.Assignee = assignee;
                S.Handler = null;
                S.Deadline = deadline;
            },
            cancellationToken,
            ImmutableDictionary<string, string>.Empty.Add("assignee", assignee).Add("deadline", deadline.ToString("O", CultureInfo.InvariantCulture)));

    /// <inheritdoc />
    public Task<CaseView> AcceptAsync(CaseActor actor, CancellationToken cancellationToken = default)
    {
        Transition(CaseAction.Accept);
        if (actor.Role != AdminRole && !CaseAssignee.MayTakeUp(S.Assignee, actor.Name, actor.Districts))
        {
            throw new CaseForbiddenException($"Case {Id} is dispatched to {S.Assignee}; {actor.Name} may not take it up.");
        }

        return ActAsync(CaseAction.Accept, actor, null, [], () => S.Handler = actor.Name, cancellationToken);
    }

    /// <inheritdoc />
    public Task<CaseView> FindingAsync(string text, CaseActor actor, CancellationToken cancellationToken = default)
    {
        Transition(CaseAction.Finding);
        EnsureHandler(actor);
        return ActAsync(CaseAction.Finding, actor, text, [CaseRules.Text("text", text)], null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<CaseView> AttachAsync(CaseAttachmentInfo attachment, CaseActor actor, CancellationToken cancellationToken = default)
    {
        Transition(CaseAction.Attach);
        EnsureHandler(actor);
        return ActAsync(
            CaseAction.Attach, actor, attachment.FileName, [.. CaseRules.Attachment(attachment.FileName, attachment.ContentType, attachment.Size)],
            () => S.Attachments.Add(attachment), cancellationToken,
            ImmutableDictionary<string, string>.Empty.Add("attachmentId", attachment.Id).Add("contentType", attachment.ContentType));
    }

    /// <inheritdoc />
    public Task<CaseView> SubmitAsync(string? text, CaseActor actor, CancellationToken cancellationToken = default)
    {
        Transition(CaseAction.Submit);
        EnsureHandler(actor);
        return ActAsync(CaseAction.Submit, actor, text, [CaseRules.OptionalText("text", text)], null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<CaseView> ApproveAsync(string? reason, CaseActor actor, CancellationToken cancellationToken = default) =>
        ActAsync(
            CaseAction.Approve, actor, reason, [CaseRules.MayClose(S.AlarmOpen, reason), CaseRules.OptionalText("reason", reason)],
            () => S.ClosedAt = time.GetUtcNow(), cancellationToken,
            S.AlarmOpen ? ImmutableDictionary<string, string>.Empty.Add("alarmOpen", "true") : null);

    /// <inheritdoc />
    public Task<CaseView> SendBackAsync(string reason, CaseActor actor, CancellationToken cancellationToken = default) =>
        ActAsync(CaseAction.SendBack, actor, reason, [CaseRules.Text("reason", reason)], null, cancellationToken);

    /// <inheritdoc />
    public Task<CaseView> ReopenAsync(string reason, DateTimeOffset? deadline, CaseActor actor, CancellationToken cancellationToken = default) =>
        ActAsync(
            CaseAction.Reopen, actor, reason,
            [CaseRules.Text("reason", reason), deadline is null ? null : CaseRules.Deadline("deadline", deadline, time.GetUtcNow())],
            () =>
            {
                S.ClosedAt = null;
                S.Deadline = deadline ?? S.Deadline;
            },
            cancellationToken,
            deadline is { } due ? ImmutableDictionary<string, string>.Empty.Add("deadline", due.ToString("O", CultureInfo.InvariantCulture)) : null);

    private void EnsureHandler(CaseActor actor)
    {
        if (actor.Role != AdminRole && actor.Name != S.Handler)
        {
            throw new CaseForbiddenException($"Case {Id} is handled by {S.Handler}; only the handler may do this.");
        }
    }
}
