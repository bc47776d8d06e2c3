using EcoTwin.Domain.Cases;

namespace EcoTwin.Domain.Tests.Cases;

public sealed class CaseRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Deadline_must_be_given_and_in_the_future()
    {
        Assert.Equal("is required", CaseRules.Deadline("deadline", null, Now)!.Message);
        Assert.Contains("not in the future", CaseRules.Deadline("deadline", Now.AddMinutes(-1), Now)!.Message);
        Assert.Null(CaseRules.Deadline("deadline", Now.AddHours(4), Now));
    }

    [Fact]
    public void Overdue_only_while_the_deadline_runs_and_from_the_deadline_on()
    {
        var due = Now.AddHours(1);
        Assert.False(CaseRules.IsOverdue(CaseStage.Handling, due, Now));
        Assert.True(CaseRules.IsOverdue(CaseStage.Handling, due, due));
        Assert.True(CaseRules.IsOverdue(CaseStage.Dispatched, due, due.AddDays(1)));
        Assert.False(CaseRules.IsOverdue(CaseStage.Review, due, due.AddDays(1)));
        Assert.False(CaseRules.IsOverdue(CaseStage.Handling, null, due.AddDays(1)));
    }

    [Fact]
    public void Attachment_needs_a_name_an_accepted_type_and_a_size_within_the_limit()
    {
        Assert.Empty(CaseRules.Attachment("photo.jpg", "image/jpeg", 1000));
        var errors = CaseRules.Attachment("", "application/x-msdownload", CaseRules.MaxAttachmentBytes + 1);
        Assert.Equal(["file", "contentType", "file"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Alarm_case_closes_with_its_alarm_cleared_or_with_a_reason()
    {
        Assert.Null(CaseRules.MayClose(alarmStillOpen: false, null));
        Assert.Null(CaseRules.MayClose(alarmStillOpen: true, "device replaced; data back tomorrow"));
        Assert.Equal("reason", CaseRules.MayClose(alarmStillOpen: true, " ")!.Field);
    }

    [Fact]
    public void Texts_are_required_and_bounded()
    {
        Assert.NotNull(CaseRules.Text("note", " "));
        Assert.NotNull(CaseRules.Text("note", new string('x', CaseRules.MaxText + 1)));
        Assert.Null(CaseRules.Text("note", "排口已整改"));
    }

    [Fact]
    public void Team_may_be_taken_up_by_an_officer_of_its_district_and_an_officer_only_by_name()
    {
        Assert.True(CaseAssignee.MayTakeUp("team:320402", "li", ["320402"]));
        Assert.True(CaseAssignee.MayTakeUp("team:320402", "li", []));
        Assert.False(CaseAssignee.MayTakeUp("team:320402", "li", ["320404"]));
        Assert.True(CaseAssignee.MayTakeUp("zhang", "zhang", ["320404"]));
        Assert.False(CaseAssignee.MayTakeUp("zhang", "li", []));
        Assert.NotNull(CaseAssignee.Check(null, null));
        Assert.NotNull(CaseAssignee.Check("zhang", "320402"));
        Assert.NotNull(CaseAssignee.Check(null, "3204"));
        Assert.Null(CaseAssignee.Check("zhang", null));
    }
}
