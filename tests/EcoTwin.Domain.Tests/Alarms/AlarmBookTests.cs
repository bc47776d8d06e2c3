using EcoTwin.Domain.Alarms;

namespace EcoTwin.Domain.Tests.Alarms;

public sealed class AlarmBookTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_cause_raises_one_alarm_and_a_repeat_only_counts()
    {
        var book = new AlarmBook("source/X");

        var raised = book.Reconcile(new Dictionary<string, string> { ["exceedance:w01018"] = "COD 80 > 50" }, _ => true, T0);
        var repeated = book.Reconcile(new Dictionary<string, string> { ["exceedance:w01018"] = "COD 95 > 50" }, _ => true, T0.AddHours(1));

        var alarm = Assert.Single(raised);
        Assert.True(alarm.Raised);
        Assert.Equal("source/X/exceedance:w01018/20261125T010000000", alarm.Id);
        Assert.Empty(repeated);
        var open = Assert.Single(book.Open.Values);
        Assert.Equal(1, open.Repeats);
        Assert.Equal(T0.AddHours(1), open.LastSeenAt);
        Assert.Equal("COD 95 > 50", open.Detail);
    }

    [Fact]
    public void Cause_that_is_gone_clears_its_alarm_with_the_time_it_was_raised()
    {
        var book = new AlarmBook("station/S");
        book.Reconcile(new Dictionary<string, string> { ["offline"] = "no data" }, _ => true, T0);

        var cleared = book.Reconcile(new Dictionary<string, string>(), _ => true, T0.AddMinutes(10));

        var e = Assert.Single(cleared);
        Assert.False(e.Raised);
        Assert.Equal(T0, e.RaisedAt);
        Assert.Equal(T0.AddMinutes(10), e.At);
        Assert.Empty(book.Open);
    }

    [Fact]
    public void Causes_outside_the_scope_are_left_open()
    {
        var book = new AlarmBook("station/S");
        book.Reconcile(new Dictionary<string, string> { ["offline"] = "x", ["fault"] = "y" }, _ => true, T0);

        var cleared = book.Reconcile(new Dictionary<string, string>(), cause => cause == "fault", T0.AddMinutes(1));

        Assert.Equal(["fault"], cleared.Select(e => e.Cause));
        Assert.Equal(["offline"], book.Open.Keys);
    }
}
