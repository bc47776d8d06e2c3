using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Sources;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Enterprises;

/// <summary><c>/api/enterprises</c>: enterprise master data, its history and review, its outlets and live state.</summary>
public static class EnterprisesApi
{
    /// <summary>Maps the enterprise endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapEnterprisesApi(this RouteGroupBuilder api)
    {
        var enterprises = api.MapGroup("/enterprises/{code}");
        enterprises.MapGet("", async (string code, IGrainFactory grains, CancellationToken cancellationToken) =>
            await WithEnterpriseAsync(code, grains, cancellationToken, record => Task.FromResult(Results.Ok(EnterpriseView.Of(record)))));
        enterprises.MapPut("", PutAsync);
        enterprises.MapGet("/history", async (string code, IGrainFactory grains, CancellationToken cancellationToken) =>
            await WithEnterpriseAsync(code, grains, cancellationToken, async _ =>
                Results.Ok(new { items = await grains.GetGrain<IEnterpriseGrain>(code).GetHistoryAsync(cancellationToken) })));
        enterprises.MapPost("/approve", (string code, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken) =>
            StepAsync(code, grains, cancellationToken, enterprise => enterprise.ApproveAsync(Who.Of(request), cancellationToken)));
        enterprises.MapPost("/distribute", (string code, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken) =>
            StepAsync(code, grains, cancellationToken, enterprise => enterprise.DistributeAsync(Who.Of(request), cancellationToken)));
        enterprises.MapGet("/sources", SourcesAsync);
        enterprises.MapGet("/live", async (string code, IGrainFactory grains, CancellationToken cancellationToken) =>
            EnterpriseInfoValidation.Code("code", code) is { } bad
                ? ApiResults.Invalid([bad])
                : Results.Ok(await grains.GetGrain<IEnterpriseGrain>(code).GetLiveAsync(cancellationToken)));
        return enterprises;
    }

    private static async Task<IResult> PutAsync(string code, EnterpriseBody body, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (info, errors) = body.ToInfo(code);
        if (info is null)
        {
            return ApiResults.Invalid(errors);
        }

        var enterprise = grains.GetGrain<IEnterpriseGrain>(code);
        var change = await enterprise.RegisterAsync(info, Who.Of(request), cancellationToken);
        return MasterDataResults.Of(change, $"/api/enterprises/{code}", EnterpriseView.Of((await enterprise.GetAsync(cancellationToken))!));
    }

    private static async Task<IResult> StepAsync(
        string code, IGrainFactory grains, CancellationToken cancellationToken, Func<IEnterpriseGrain, Task<EnterpriseRecord>> step) =>
        await WithEnterpriseAsync(code, grains, cancellationToken, async _ =>
        {
            try
            {
                return Results.Ok(EnterpriseView.Of(await step(grains.GetGrain<IEnterpriseGrain>(code))));
            }
            catch (MasterDataConflictException conflict)
            {
                return MasterDataResults.Conflict(conflict);
            }
        });

    private static async Task<IResult> SourcesAsync(string code, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (EnterpriseInfoValidation.Code("code", code) is { } bad)
        {
            return ApiResults.Invalid([bad]);
        }

        var enterprise = grains.GetGrain<IEnterpriseGrain>(code);
        var mns = await enterprise.GetSourcesAsync(cancellationToken);
        if (mns.IsEmpty && await enterprise.GetAsync(cancellationToken) is null)
        {
            return ApiResults.NotFound($"Enterprise '{code}'");
        }

        var states = (await enterprise.GetLiveAsync(cancellationToken)).Outlets.ToDictionary(o => o.Key, StringComparer.Ordinal);
        var infos = await Task.WhenAll(mns.Select(mn => grains.GetGrain<ISourceGrain>(mn).GetInfoAsync(cancellationToken)));
        return Results.Ok(new
        {
            items = infos.OfType<SourceInfo>().Where(i => i.EnterpriseCode == code).Select(i => EnterpriseOutletView.Of(i, states.GetValueOrDefault(i.Mn))),
        });
    }

    // 400 for a bad code, 404 for an enterprise never registered, else the answer of found.
    private static async Task<IResult> WithEnterpriseAsync(
        string code, IGrainFactory grains, CancellationToken cancellationToken, Func<EnterpriseRecord, Task<IResult>> found)
    {
        if (EnterpriseInfoValidation.Code("code", code) is { } bad)
        {
            return ApiResults.Invalid([bad]);
        }

        return await grains.GetGrain<IEnterpriseGrain>(code).GetAsync(cancellationToken) is { } record
            ? await found(record)
            : ApiResults.NotFound($"Enterprise '{code}'");
    }
}
