using EcoTwin.Contracts.Cases;
using EcoTwin.Grains.Tests.Infrastructure;
using static EcoTwin.Grains.Tests.Cases.CaseActors;

namespace EcoTwin.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public sealed class CaseRouterTests(ClusterFixture fixture)
{
    private static DateTimeOffset Now => ClusterFixture.Time.GetUtcNow();

    [Fact]
    public async Task Repeated_alarms_of_a_twin_and_cause_attach_to_the_open_case()
    {
        var key = TestKeys.Source();
        var router = fixture.Client.GetGrain<ICaseRouterGrain>($"source/{key}");

        await router.RouteAsync([Alarm(key, "a1", "exceedance:w01018", raised: true, Now)]);
        await router.RouteAsync([Alarm(key, "a1", "exceedance:w01018", raised: false, Now.AddMinutes(30)), Alarm(key, "a2", "exceedance:w01018", raised: true, Now.AddHours(1))]);
        await router.RouteAsync([Alarm(key, "a2", "exceedance:w01018", raised: true, Now.AddHours(1))]); // delivered twice
        await router.RouteAsync([Alarm(key, "o1", "offline", raised: true, Now.AddHours(2))]);

        var cases = await router.GetCasesAsync();
        var exceedance = (await fixture.Client.GetGrain<ICaseGrain>(cases["exceedance:w01018"]).GetAsync())!;
        var offline = (await fixture.Client.GetGrain<ICaseGrain>(cases["offline"]).GetAsync())!;

        Assert.Equal(2, cases.Count);
        Assert.Equal(2, exceedance.Summary.AlarmCount);
        Assert.Equal([$"{key}/a1", $"{key}/a2"], exceedance.AlarmIds.AsEnumerable());
        Assert.True(exceedance.Summary.AlarmOpen);
        Assert.Equal(["raised", "alarmCleared", "alarmRepeated"], exceedance.Steps.Select(s => s.Action));
        Assert.Equal("alarm", exceedance.Summary.Origin);
        Assert.Equal("320402", exceedance.Summary.DistrictCode);
        Assert.Equal(1, offline.Summary.AlarmCount);
    }

    [Fact]
    public async Task Cleared_alarm_is_noted_and_lets_the_case_close_without_a_reason()
    {
        var key = TestKeys.Station();
        var router = fixture.Client.GetGrain<ICaseRouterGrain>($"station/{key}");
        await router.RouteAsync([Alarm(key, "f1", "fault", raised: true, Now)]);
        var grain = fixture.Client.GetGrain<ICaseGrain>((await router.GetCasesAsync())["fault"]);
        await grain.DispatchAsync("zhang.officer", Now.AddDays(1), null, Operator);
        await grain.AcceptAsync(Officer);
        await grain.SubmitAsync("更换采样泵", Officer);

        var stillOpen = await Assert.ThrowsAsync<Contracts.MasterData.InvalidMasterDataException>(() => grain.ApproveAsync(null, Operator));
        await router.RouteAsync([Alarm(key, "f1", "fault", raised: false, Now.AddHours(1))]);
        var closed = await grain.ApproveAsync(null, Operator);

        Assert.Equal("reason", stillOpen.Field);
        Assert.False(closed.Summary.AlarmOpen);
        Assert.Equal(CaseStatus.Closed, closed.Summary.Status);
    }

    [Fact]
    public async Task Reviewer_may_close_with_the_alarm_open_when_giving_a_reason()
    {
        var key = TestKeys.Station();
        var router = fixture.Client.GetGrain<ICaseRouterGrain>($"station/{key}");
        await router.RouteAsync([Alarm(key, "x1", "offline", raised: true, Now)]);
        var grain = fixture.Client.GetGrain<ICaseGrain>((await router.GetCasesAsync())["offline"]);
        await grain.DispatchAsync("zhang.officer", Now.AddDays(1), null, Operator);
        await grain.AcceptAsync(Officer);
        await grain.SubmitAsync(null, Officer);

        var closed = await grain.ApproveAsync("站点已停用，待拆除", Operator);

        Assert.Equal(CaseStatus.Closed, closed.Summary.Status);
        Assert.Equal("true", closed.Steps[^1].Data["alarmOpen"]);
    }

    [Fact]
    public async Task Alarm_after_its_case_closed_opens_a_new_case()
    {
        var key = TestKeys.Station();
        var router = fixture.Client.GetGrain<ICaseRouterGrain>($"station/{key}");
        await router.RouteAsync([Alarm(key, "y1", "offline", raised: true, Now), Alarm(key, "y1", "offline", raised: false, Now.AddMinutes(5))]);
        var first = fixture.Client.GetGrain<ICaseGrain>((await router.GetCasesAsync())["offline"]);
        await first.DispatchAsync("zhang.officer", Now.AddDays(1), null, Operator);
        await first.AcceptAsync(Officer);
        await first.SubmitAsync(null, Officer);
        await first.ApproveAsync(null, Operator);

        await router.RouteAsync([Alarm(key, "y2", "offline", raised: true, Now.AddHours(3))]);
        var second = (await router.GetCasesAsync())["offline"];

        Assert.NotEqual(first.GetPrimaryKeyString(), second);
        Assert.Equal(CaseStatus.Raised, (await fixture.Client.GetGrain<ICaseGrain>(second).GetAsync())!.Summary.Status);
        Assert.Equal(1, (await first.GetAsync())!.Summary.AlarmCount);
    }

    private static CaseAlarm Alarm(string key, string id, string cause, bool raised, DateTimeOffset at) =>
        new($"{key}/{id}", key.StartsWith("ST", StringComparison.Ordinal) ? "station" : "source", key, "320402", cause, raised, at, at, $"{cause} detail");
}
