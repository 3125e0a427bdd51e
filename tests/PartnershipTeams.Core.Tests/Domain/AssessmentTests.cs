using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Tests.Domain;

/// <summary>What the register judges by itself of a goal, and which review cycle carries the assessment of a period.</summary>
public sealed class AssessmentTests
{
    private static Goal Goal(decimal? target, decimal? current) =>
        new("Fler lärarutbyten", 1, ThematicArea.Education, "a@linkoping.example", "Antal lärare", target, current, GoalStatus.OnTrack, null, null);

    [Theory]
    [InlineData(6, 6, GoalAttainment.Reached)]
    [InlineData(6, 7, GoalAttainment.Reached)]
    [InlineData(6, 2, GoalAttainment.Partly)]
    [InlineData(6, 0, GoalAttainment.NotReached)]
    public void GoalWithTargetAndValue_IsJudgedReachedPartlyOrNot(int target, int current, GoalAttainment expected) =>
        Assert.Equal(expected, Goal(target, current).Attainment);

    [Fact]
    public void GoalWithoutTargetOrValue_CannotBeJudged()
    {
        Assert.Equal(GoalAttainment.Unknown, Goal(null, 3).Attainment);
        Assert.Equal(GoalAttainment.Unknown, Goal(6, null).Attainment);
    }

    [Fact]
    public void PeriodWithSeveralAssessedReviews_IsAssessedByTheOneDueLast()
    {
        var period = new ReviewPeriod(new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31));
        static ReviewCycle Cycle(string title, DateOnly due, string? assessment) =>
            new(title, 1, ReviewCycleKind.AnnualFollowUp, due, "Kommunstyrelsen", ReviewCycleStatus.Reported, assessment);

        var chosen = ReviewCycle.AssessingPeriod(
        [
            Cycle("Före perioden", new DateOnly(2017, 9, 1), "Gammal bedömning"),
            Cycle("2026", new DateOnly(2026, 12, 15), "Första året"),
            Cycle("2027", new DateOnly(2027, 12, 15), "Andra året"),
            Cycle("2028 utan bedömning", new DateOnly(2028, 12, 15), " "),
        ], period);

        Assert.Equal("2027", chosen?.Title);
        Assert.Null(ReviewCycle.AssessingPeriod([Cycle("Före perioden", new DateOnly(2017, 9, 1), "Gammal bedömning")], period));
    }
}
