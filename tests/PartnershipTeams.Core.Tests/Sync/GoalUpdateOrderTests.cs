using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Sync;

namespace PartnershipTeams.Core.Tests.Sync;

public sealed class GoalUpdateOrderTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static GoalUpdate Report(decimal current, int minutes) =>
        new(7, GoalStatus.OnTrack, current, null, "owner@linkoping.se", Nine.AddMinutes(minutes), $"s{current}");

    [Fact]
    public void Applies_ANewerReportAfterTheSyncWroteTheLastOne()
    {
        // The sync wrote report 101 at 09:30; the goal's Modified is that write, later than report 102 (09:02).
        var goal = new GoalSnapshot(GoalStatus.OnTrack, 101, Nine.AddMinutes(1), Nine.AddMinutes(30));

        Assert.True(GoalUpdateOrder.Applies(Report(102, 2), goal, lastApplied: Report(101, 1)));
    }

    [Fact]
    public void Applies_NotAnOlderReportThanTheOneApplied()
    {
        var goal = new GoalSnapshot(GoalStatus.OnTrack, 103, Nine.AddMinutes(3), Nine.AddMinutes(30));

        Assert.False(GoalUpdateOrder.Applies(Report(102, 2), goal, lastApplied: Report(103, 3)));
    }

    [Fact]
    public void Applies_NotTheSameReportTwice()
    {
        var goal = new GoalSnapshot(GoalStatus.OnTrack, 101, Nine.AddMinutes(1), Nine.AddMinutes(30));

        Assert.False(GoalUpdateOrder.Applies(Report(101, 1), goal, lastApplied: Report(101, 1)));
    }

    [Fact]
    public void Applies_NotAReportMadeBeforeAManagersEdit()
    {
        // A manager set the value to 150 at 09:20, after report 102 was made at 09:02.
        var goal = new GoalSnapshot(GoalStatus.Achieved, 150, Nine.AddMinutes(1), Nine.AddMinutes(20));

        Assert.False(GoalUpdateOrder.Applies(Report(102, 2), goal, lastApplied: Report(101, 1)));
    }

    [Fact]
    public void Applies_AReportMadeAfterAManagersEdit()
    {
        var goal = new GoalSnapshot(GoalStatus.Achieved, 150, Nine.AddMinutes(1), Nine.AddMinutes(20));

        Assert.True(GoalUpdateOrder.Applies(Report(160, 25), goal, lastApplied: Report(101, 1)));
    }
}
