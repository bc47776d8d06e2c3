using EcoTwin.Client.Api;

namespace EcoTwin.Client.Import;

/// <summary>Writes an import plan through the REST API, a few PUTs at a time, and counts what they did.</summary>
public static class ImportRunner
{
    /// <summary>How many PUTs are in flight at once.</summary>
    public const int Parallelism = 8;

    /// <summary>
    /// PUTs every item of <paramref name="plan"/>; <paramref name="progress"/> hears the number done
    /// after each. Rows the API refuses join the plan's own rejections.
    /// </summary>
    /// <exception cref="HttpRequestException">The API cannot be reached.</exception>
    public static async Task<ImportReport> RunAsync(EcoTwinApi api, ImportPlan plan, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new PutOutcome[plan.Items.Count];
        var done = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, plan.Items.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                outcomes[i] = await api.PutAsync(plan.Items[i].Path, plan.Items[i].Body, ct);
                progress?.Invoke(Interlocked.Increment(ref done), plan.Items.Count);
            });
        int Count(PutResult result) => outcomes.Count(o => o.Result == result);
        var refused = plan.Items.Zip(outcomes).Where(p => p.Second.Result == PutResult.Rejected)
            .Select(p => new ImportRejection(p.First.Line, p.First.Key, p.Second.Reason ?? "rejected"));
        return new ImportReport(
            plan.Kind, Count(PutResult.Created), Count(PutResult.Updated), Count(PutResult.Unchanged),
            [.. plan.Rejected.Concat(refused).OrderBy(r => r.Line)]);
    }
}
