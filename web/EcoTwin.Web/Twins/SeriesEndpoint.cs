using EcoTwin.Domain.MasterData;
using EcoTwin.Storage.Queries;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Twins;

/// <summary><c>GET /api/twins/{kind}/{key}/series?factor=&amp;from=&amp;to=&amp;interval=raw|hour|day</c>.</summary>
public static class SeriesEndpoint
{
    /// <summary>The most points one request returns.</summary>
    public const int MaxPoints = 10_000;

    private static readonly string[] Kinds = ["station", "source"];
    private static readonly string[] Intervals = ["raw", "hour", "day"];

    /// <summary>Answers the series request.</summary>
    public static async Task<IResult> GetAsync(
        string kind, string key, string? factor, DateTimeOffset? from, DateTimeOffset? to, string? interval,
        ReadingsQuery readings, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var end = to ?? time.GetUtcNow();
        var start = from ?? end.AddHours(-24);
        interval ??= "raw";
        if (!Kinds.Contains(kind))
        {
            errors.Add(new FieldError("kind", $"'{kind}' has no readings; use station or source"));
        }

        if (FieldRules.FactorCode("factor", factor) is { } factorError)
        {
            errors.Add(factorError);
        }

        if (!Intervals.Contains(interval))
        {
            errors.Add(new FieldError("interval", $"'{interval}' is not raw, hour or day"));
        }

        if (start >= end)
        {
            errors.Add(new FieldError("from", "must be before to"));
        }

        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors);
        }

        var points = await readings.SeriesAsync(kind, key, factor!, interval, start, end, MaxPoints, cancellationToken);
        return Results.Ok(new { kind, key, factor, interval, from = start, to = end, points });
    }
}
