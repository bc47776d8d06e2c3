using EcoTwin.Domain.Auth;
using EcoTwin.Domain.MasterData;
using EcoTwin.Domain.Records;
using EcoTwin.Storage.Records;
using EcoTwin.Web.Api;
using EcoTwin.Web.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Records;

/// <summary>
/// Business records: <c>POST /api/enterprises/{code}/records</c>, the enterprise's timeline
/// <c>GET /api/enterprises/{code}/records?kind=&amp;outlet=&amp;from=&amp;to=</c>, and <c>GET /api/records/{id}</c>.
/// </summary>
public static class RecordsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapRecordsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/enterprises/{code}/records", PostAsync).RequirePermission(Permission.WriteRecords);
        api.MapGet("/enterprises/{code}/records", ListAsync).RequirePermission(Permission.Read);
        api.MapGet("/records/{id:long}", async (long id, HttpContext http, RecordStore store, ScopeResolver scopes, CancellationToken cancellationToken) =>
            await store.GetAsync(id, cancellationToken) is { } record && await scopes.MaySeeAsync(CurrentUser.Of(http), "enterprise", record.EnterpriseCode, cancellationToken)
                ? Results.Ok(RecordView.Of(record))
                : ApiResults.NotFound($"Record {id}")).RequirePermission(Permission.Read);
        api.MapGet("/records/kinds", () => Results.Ok(RecordSpecs.All.Select(s => new
        {
            s.Name, s.NameZh, s.DocumentNoRequired, s.ValidityRequired,
            fields = s.Fields.Select(f => new { f.Name, type = f.Type.ToString().ToLowerInvariant(), f.Required, f.Choices }),
        }))).RequirePermission(Permission.Read);
        return api;
    }

    private static async Task<IResult> PostAsync(string code, RecordBody body, HttpContext http, RecordStore store, IGrainFactory grains, TimeProvider time, CancellationToken cancellationToken)
    {
        var (record, errors) = RecordValidation.Validate(body.ToInput(code));
        if (record is null)
        {
            return ApiResults.Invalid(errors);
        }

        if (record.Kind == RecordKind.Permit && await PermitLimits.CheckAsync(record, grains, cancellationToken) is { Count: > 0 } outletErrors)
        {
            return ApiResults.Invalid(outletErrors);
        }

        var user = CurrentUser.Of(http);
        var now = time.GetUtcNow();
        var (id, created) = await store.UpsertAsync(new StoredRecord(
            0, record.EnterpriseCode, record.OutletMn, RecordSpecs.Of(record.Kind).Name, record.DocumentNo, record.Date, record.ValidFrom, record.ValidTo,
            record.Details.ToJsonString(), user.Name, now), cancellationToken);
        var applied = record.Kind == RecordKind.Permit && record.InForce(DateOnly.FromDateTime(now.UtcDateTime))
            ? await PermitLimits.ApplyAsync(record, grains, cancellationToken)
            : [];
        AuditNote.Set(http, $"record {id} {RecordSpecs.Of(record.Kind).Name} {record.DocumentNo} of {code}" + (applied.Count > 0 ? $"; limits set on {string.Join(", ", applied)}" : string.Empty));
        var view = RecordView.Of((await store.GetAsync(id, cancellationToken))!);
        var answer = new { record = view, created, limitsApplied = applied };
        return created ? Results.Created($"/api/records/{id}", answer) : Results.Ok(answer);
    }

    private static async Task<IResult> ListAsync(string code, string? kind, string? outlet, string? from, string? to, int? limit, RecordStore store, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (kind is not null && RecordSpecs.Find(kind) is null)
        {
            errors.Add(new FieldError("kind", $"'{kind}' is not a record kind; use one of {RecordSpecs.Names}"));
        }

        DateOnly? Day(string field, string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, RecordValidation.DateFormat, out var day))
            {
                return day;
            }

            errors.Add(new FieldError(field, $"'{text}' is not a date of the form yyyy-MM-dd"));
            return null;
        }

        var start = Day("from", from);
        var end = Day("to", to);
        if (limit is < 1 or > 1000)
        {
            errors.Add(new FieldError("limit", "must be 1-1000"));
        }

        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors);
        }

        var records = await store.ListAsync(code, RecordSpecs.Find(kind)?.Name, outlet, start, end, limit ?? 200, cancellationToken);
        return Results.Ok(new { enterpriseCode = code, items = records.Select(RecordView.Of) });
    }
}
