using EcoTwin.Contracts.Cases;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Domain.Cases;
using EcoTwin.Grains.Tests.Infrastructure;
using static EcoTwin.Grains.Tests.Cases.CaseActors;

namespace EcoTwin.Grains.Tests.Cases;

[Collection(ClusterCollection.Name)]
public sealed class CaseGrainTests(ClusterFixture fixture)
{
    private static DateTimeOffset Now => ClusterFixture.Time.GetUtcNow();

    [Fact]
    public async Task Case_runs_the_whole_loop_and_records_who_did_what()
    {
        var grain = await OpenAsync();

        await grain.DispatchAsync("zhang.officer", Now.AddDays(2), "请今日到场", Operator);
        await grain.AcceptAsync(Officer);
        await grain.NoteAsync("已联系企业", Officer);
        await grain.FindingAsync("排口在线设备采样管堵塞", Officer);
        await grain.AttachAsync(new CaseAttachmentInfo("A1", "site.jpg", "image/jpeg", 2048, "zhang.officer", Now), Officer);
        await grain.SubmitAsync("已整改", Officer);
        await grain.SendBackAsync("缺少整改后数据", Operator);
        await grain.SubmitAsync("补充整改后数据", Officer);
        var closed = await grain.ApproveAsync(null, Operator);
        var reopened = await grain.ReopenAsync("企业再次超标", Now.AddDays(1), Operator);

        Assert.Equal(CaseStatus.Closed, closed.Summary.Status);
        Assert.NotNull(closed.Summary.ClosedAt);
        Assert.Equal(CaseStatus.Handling, reopened.Summary.Status);
        Assert.Null(reopened.Summary.ClosedAt);
        Assert.Equal(
            ["raised", "dispatch", "accept", "note", "finding", "attach", "submit", "sendBack", "submit", "approve", "reopen"],
            reopened.Steps.Select(s => s.Action));
        Assert.Equal(
            ["wang.operator", "wang.operator", "zhang.officer", "zhang.officer", "zhang.officer", "zhang.officer", "zhang.officer", "wang.operator", "zhang.officer", "wang.operator", "wang.operator"],
            reopened.Steps.Select(s => s.By));
        Assert.Equal("zhang.officer", reopened.Summary.Handler);
        Assert.Single(reopened.Attachments);
        Assert.Equal(reopened.Summary, ClusterFixture.CaseBoard.Published.Last(s => s.Id == reopened.Summary.Id));
    }

    [Fact]
    public async Task Illegal_action_is_refused_naming_the_stage_and_the_allowed_actions()
    {
        var grain = await OpenAsync();

        var refused = await Assert.ThrowsAsync<CaseTransitionException>(() => grain.ApproveAsync(null, Operator));
        var view = await grain.GetAsync();

        Assert.Equal(CaseStatus.Raised, refused.Status);
        Assert.Equal("approve", refused.Action);
        Assert.Equal(["dispatch", "note"], refused.Allowed.AsEnumerable());
        Assert.Equal("Cannot approve a case that is raised; allowed now: dispatch, note", refused.Message);
        Assert.Equal(CaseStatus.Raised, view!.Summary.Status);
        Assert.Single(view.Steps);
    }

    [Fact]
    public async Task Only_the_assignee_or_an_officer_of_the_assigned_team_takes_a_case_up()
    {
        var toZhang = await OpenAsync();
        await toZhang.DispatchAsync("zhang.officer", Now.AddDays(1), null, Operator);
        var toTeam = await OpenAsync();
        await toTeam.DispatchAsync(CaseAssignee.Team("320402"), Now.AddDays(1), null, Operator);

        await Assert.ThrowsAsync<CaseForbiddenException>(() => toZhang.AcceptAsync(OtherOfficer));
        await Assert.ThrowsAsync<CaseForbiddenException>(() => toTeam.AcceptAsync(OtherOfficer));
        var taken = await toTeam.AcceptAsync(Officer);

        Assert.Equal("zhang.officer", taken.Summary.Handler);
        await Assert.ThrowsAsync<CaseForbiddenException>(() => toTeam.SubmitAsync(null, OtherOfficer));
    }

    [Fact]
    public async Task Bad_fields_are_refused_naming_the_field()
    {
        var grain = await OpenAsync();

        var past = await Assert.ThrowsAsync<InvalidMasterDataException>(() => grain.DispatchAsync("zhang.officer", Now.AddHours(-1), null, Operator));
        var blank = await Assert.ThrowsAsync<InvalidMasterDataException>(() => grain.NoteAsync(" ", Operator));

        Assert.Equal("deadline", past.Field);
        Assert.Equal("text", blank.Field);
    }

    [Fact]
    public async Task Opening_an_existing_case_by_hand_is_refused()
    {
        var grain = await OpenAsync();

        await Assert.ThrowsAsync<CaseTransitionException>(() => grain.OpenAsync(new CaseOpening("again", null, "320402", null, null), Operator));
    }

    private async Task<ICaseGrain> OpenAsync()
    {
        var grain = fixture.Client.GetGrain<ICaseGrain>(CaseIds.New(Now));
        var opened = await grain.OpenAsync(new CaseOpening("企业异味投诉", "群众反映夜间异味", "320402", "enterprise", "91330100799655058B"), Operator);
        Assert.Equal(CaseStatus.Raised, opened.Summary.Status);
        return grain;
    }
}
