using EcoTwin.Contracts.Cases;
using EcoTwin.Domain.Cases;
using EcoTwin.Grains.Tests.Infrastructure;
using static EcoTwin.Grains.Tests.Cases.CaseActors;

namespace EcoTwin.Grains.Tests.Cases;

/// <summary>
/// Deadlines with the fake clock: the deadline reminder calls <see cref="ICaseGrain.CheckDeadlineAsync"/>,
/// which compares the deadline with the clock. The tests move the clock and then call that path
/// themselves; when the reminder service follows the same clock it may have escalated first, so
/// the tests assert the outcome (escalated exactly once), not who got there first.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CaseDeadlineTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Overdue_case_is_escalated_once_flagged_and_the_supervisors_notified()
    {
        var grain = fixture.Client.GetGrain<ICaseGrain>(CaseIds.New(ClusterFixture.Time.GetUtcNow()));
        await grain.OpenAsync(new CaseOpening("排口超标", null, "320402", "source", "SO1"), Operator);
        await grain.DispatchAsync("zhang.officer", ClusterFixture.Time.GetUtcNow().AddMinutes(2), null, Operator);
        await grain.AcceptAsync(Officer);

        var early = await grain.CheckDeadlineAsync();
        ClusterFixture.Time.Advance(TimeSpan.FromMinutes(3));
        await grain.CheckDeadlineAsync();
        var again = await grain.CheckDeadlineAsync();
        var view = (await grain.GetAsync())!;

        Assert.False(early);
        Assert.False(again);
        Assert.True(view.Summary.Overdue);
        Assert.NotNull(view.Summary.EscalatedAt);
        Assert.Equal("escalated", view.Steps[^1].Action);
        Assert.Equal("system", view.Steps[^1].By);
        Assert.Single(ClusterFixture.CaseBoard.Overdue, s => s.Id == view.Summary.Id);
        Assert.True(ClusterFixture.CaseBoard.Published.Last(s => s.Id == view.Summary.Id).Overdue);
    }

    [Fact]
    public async Task Submitted_case_is_not_overdue_and_a_new_deadline_escalates_again()
    {
        var grain = fixture.Client.GetGrain<ICaseGrain>(CaseIds.New(ClusterFixture.Time.GetUtcNow()));
        await grain.OpenAsync(new CaseOpening("异味", null, "320402", null, null), Operator);
        await grain.DispatchAsync("zhang.officer", ClusterFixture.Time.GetUtcNow().AddMinutes(1), null, Operator);
        await grain.AcceptAsync(Officer);
        await grain.SubmitAsync(null, Officer);
        ClusterFixture.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.False(await grain.CheckDeadlineAsync());
        Assert.False((await grain.GetAsync())!.Summary.Overdue);

        await grain.SendBackAsync("补充材料", Operator);
        await grain.CheckDeadlineAsync(); // back in handling past the old deadline
        Assert.Single(ClusterFixture.CaseBoard.Overdue, s => s.Id == grain.GetPrimaryKeyString());
        await grain.DispatchAsync("zhang.officer", ClusterFixture.Time.GetUtcNow().AddMinutes(1), null, Operator);
        ClusterFixture.Time.Advance(TimeSpan.FromMinutes(2));
        await grain.CheckDeadlineAsync();
        Assert.Equal(2, ClusterFixture.CaseBoard.Overdue.Count(s => s.Id == grain.GetPrimaryKeyString()));
    }
}
