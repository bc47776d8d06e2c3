using EcoTwin.Contracts.Cases;
using EcoTwin.Domain.Auth;
using EcoTwin.Domain.Cases;
using EcoTwin.Domain.MasterData;
using EcoTwin.Storage.Cases;
using EcoTwin.Storage.Users;
using EcoTwin.Web.Api;
using EcoTwin.Web.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Cases;

/// <summary><c>/api/cases</c>: the flow board's list, one case, and every action on it (see docs/api.md).</summary>
public static partial class CasesApi
{
    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases");
        cases.MapGet(string.Empty, ListAsync).RequirePermission(Permission.Read);
        cases.MapGet("/{id}", async (string id, HttpContext http, IGrainFactory grains, CancellationToken cancellationToken) =>
            (await CaseAccess.FindAsync(id, CurrentUser.Of(http), grains, cancellationToken)) is { View: { } view } ? Results.Ok(view)
            : ApiResults.NotFound($"Case '{id}'")).RequirePermission(Permission.Read);
        cases.MapPost(string.Empty, OpenAsync).RequirePermission(Permission.ActOnCases);
        cases.MapPost("/{id}/dispatch", DispatchAsync).RequirePermission(Permission.ActOnCases);
        cases.MapPost("/{id}/accept", (string id, HttpContext http, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, grains, "accept", (grain, actor) => grain.AcceptAsync(actor, ct), ct)).RequirePermission(Permission.HandleCases);
        cases.MapPost("/{id}/notes", (string id, TextBody body, HttpContext http, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, grains, "note", (grain, actor) => grain.NoteAsync(body.Text ?? string.Empty, actor, ct), ct)).RequireCaseWork();
        cases.MapPost("/{id}/findings", (string id, TextBody body, HttpContext http, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, grains, "finding", (grain, actor) => grain.FindingAsync(body.Text ?? string.Empty, actor, ct), ct)).RequirePermission(Permission.HandleCases);
        cases.MapPost("/{id}/submit", (string id, TextBody? body, HttpContext http, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, grains, "submit", (grain, actor) => grain.SubmitAsync(body?.Text, actor, ct), ct)).RequirePermission(Permission.HandleCases);
        cases.MapPost("/{id}/approve", (string id, ReasonBody? body, HttpContext http, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, grains, "approve", (grain, actor) => grain.ApproveAsync(body?.Reason, actor, ct), ct)).RequirePermission(Permission.ActOnCases);
        cases.MapPost("/{id}/send-back", (string id, ReasonBody body, HttpContext http, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, grains, "sendBack", (grain, actor) => grain.SendBackAsync(body.Reason ?? string.Empty, actor, ct), ct)).RequirePermission(Permission.ActOnCases);
        cases.MapPost("/{id}/reopen", (string id, ReasonBody body, HttpContext http, IGrainFactory grains, CancellationToken ct) =>
            ActAsync(id, http, grains, "reopen", (grain, actor) => grain.ReopenAsync(body.Reason ?? string.Empty, body.Deadline, actor, ct), ct)).RequirePermission(Permission.ActOnCases);
        cases.MapPost("/{id}/attachments", CaseAttachments.UploadAsync).RequirePermission(Permission.HandleCases);
        cases.MapGet("/{id}/attachments/{attachmentId}", CaseAttachments.DownloadAsync).RequirePermission(Permission.Read);
        return cases;
    }

    private static async Task<IResult> ListAsync(
        string? status, bool? open, string? district, string? assignee, string? twin, bool? overdue, bool? mine, int? page, int? pageSize,
        HttpContext http, CaseTable table, CancellationToken cancellationToken)
    {
        var user = CurrentUser.Of(http);
        var errors = new List<FieldError>();
        if (status is not null && !Enum.TryParse<CaseStage>(status, ignoreCase: true, out _))
        {
            errors.Add(new FieldError("status", $"'{status}' is not raised, dispatched, handling, review or closed"));
        }

        var slash = twin?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (twin is not null && slash <= 0)
        {
            errors.Add(new FieldError("twin", $"'{twin}' is not kind/key"));
        }

        if (page is < 1 || pageSize is < 1 or > 1000)
        {
            errors.Add(new FieldError(page is < 1 ? "page" : "pageSize", page is < 1 ? "must be 1 or more" : "must be 1-1000"));
        }

        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors);
        }

        var query = new CaseQuery(status?.ToLowerInvariant(), open, district, mine == true ? user.Name : assignee, slash > 0 ? twin![..slash] : null,
            slash > 0 ? twin![(slash + 1)..] : null, overdue, user.Scope, page ?? 1, pageSize ?? 50);
        var (items, total) = await table.PageAsync(query, cancellationToken);
        return Results.Ok(new { items = items.Select(CaseRows.ToSummary), total, page = query.Page, pageSize = query.PageSize });
    }

    private static async Task<IResult> OpenAsync(CaseOpenBody body, HttpContext http, IGrainFactory grains, Auth.ScopeResolver scopes, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = CurrentUser.Of(http);
        var district = body.DistrictCode;
        if (body.TwinKind is { } kind && body.TwinKey is { } key)
        {
            var districts = await scopes.DistrictsOfAsync(kind, key, cancellationToken);
            district ??= districts.FirstOrDefault(user.InScope);
            if (districts.Count == 0 || !districts.Any(user.InScope))
            {
                return ApiResults.NotFound($"Twin '{kind}/{key}'");
            }
        }

        if (district is null)
        {
            return ApiResults.Invalid([new FieldError("districtCode", "is required when the case concerns no known twin")]);
        }

        var id = CaseIds.New(time.GetUtcNow());
        var view = await grains.GetGrain<ICaseGrain>(id).OpenAsync(new CaseOpening(body.Title ?? string.Empty, body.Description, district, body.TwinKind, body.TwinKey), user.Actor, cancellationToken);
        AuditNote.Set(http, $"case {id} opened: {view.Summary.Title}");
        return Results.Created($"/api/cases/{id}", view);
    }

    private static async Task<IResult> DispatchAsync(string id, DispatchBody body, HttpContext http, IGrainFactory grains, UserStore users, CancellationToken cancellationToken)
    {
        var user = CurrentUser.Of(http);
        var (grain, view, refusal) = await CaseAccess.FindAsync(id, user, grains, cancellationToken);
        if (grain is null)
        {
            return refusal!;
        }

        if (CaseAssignee.Check(body.Officer, body.Team) is { } error)
        {
            return ApiResults.Invalid([error]);
        }

        if (body.Officer is { } officer)
        {
            var assignee = await users.GetAsync(officer, cancellationToken);
            if (assignee is not { Disabled: false } || !RoleNames.TryParse(assignee.Role, out var role) || !PermissionMatrix.Allows(role, Permission.HandleCases))
            {
                return ApiResults.Invalid([new FieldError("officer", $"'{officer}' is not an officer who may handle cases")]);
            }

            if (assignee.Districts.Length > 0 && !assignee.Districts.Contains(view!.Summary.DistrictCode))
            {
                return ApiResults.Invalid([new FieldError("officer", $"'{officer}' works in {string.Join(", ", assignee.Districts)}, not in {view.Summary.DistrictCode}")]);
            }
        }
        else if (!user.InScope(body.Team))
        {
            return ApiResults.Invalid([new FieldError("team", $"district {body.Team} is outside your districts")]);
        }

        var to = body.Officer ?? CaseAssignee.Team(body.Team!);
        var after = await grain.DispatchAsync(to, body.Deadline ?? default, body.Note, user.Actor, cancellationToken);
        AuditNote.Set(http, $"case {id} dispatch to {to}, deadline {body.Deadline:O}");
        return Results.Ok(after);
    }

    private static async Task<IResult> ActAsync(
        string id, HttpContext http, IGrainFactory grains, string action, Func<ICaseGrain, CaseActor, Task<CaseView>> act, CancellationToken cancellationToken)
    {
        var user = CurrentUser.Of(http);
        var (grain, _, refusal) = await CaseAccess.FindAsync(id, user, grains, cancellationToken);
        if (grain is null)
        {
            return refusal!;
        }

        AuditNote.Set(http, $"case {id} {action}");
        return Results.Ok(await act(grain, user.Actor));
    }
}
