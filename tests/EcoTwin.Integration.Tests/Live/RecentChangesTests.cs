using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;
using EcoTwin.Web.Live;
using Microsoft.Extensions.Time.Testing;

namespace EcoTwin.Integration.Tests.Live;

/// <summary>The recent changes the snapshot lays over the twins table.</summary>
public sealed class RecentChangesTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Overlay_takes_a_newer_kept_change_keeps_a_newer_stored_row_and_adds_twins_the_table_lacks()
    {
        var recent = new RecentChanges(_time);
        recent.Remember([Summary("A", version: 5), Summary("B", version: 2), Summary("C", version: 1)]);

        var items = recent.Overlay([Summary("A", version: 4), Summary("B", version: 3), Summary("D", version: 7)]);

        Assert.Equal(["A:5", "B:3", "D:7", "C:1"], items.Select(s => $"{s.Key}:{s.Version}"));
    }

    [Fact]
    public void An_older_change_arriving_late_does_not_replace_a_newer_one()
    {
        var recent = new RecentChanges(_time);
        recent.Remember([Summary("A", version: 9)]);
        recent.Remember([Summary("A", version: 8)]);

        Assert.Equal(9, Assert.Single(recent.Overlay([])).Version);
    }

    [Fact]
    public void Changes_are_dropped_once_older_than_the_window()
    {
        var recent = new RecentChanges(_time);
        recent.Remember([Summary("A", version: 1)]);
        _time.Advance(RecentChanges.Window / 2);
        recent.Remember([Summary("B", version: 1)]);

        _time.Advance(RecentChanges.Window / 2 + TimeSpan.FromSeconds(1));
        var items = recent.Overlay([]);

        Assert.Equal(["B"], items.Select(s => s.Key));
        Assert.Equal(1, recent.Count);
    }

    internal static TwinSummary Summary(string key, long version, string district = "320402") => new(
        TwinKind.Station, key, "站" + key, "air", district, 119.95, 31.78, TwinStatus.Normal, 50, 1, [],
        ImmutableDictionary<string, double>.Empty, null, 0, version);
}
