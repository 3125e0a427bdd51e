using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Tests.Validation;

public sealed class GoalUpdateValidatorTests
{
    private static readonly IReadOnlyDictionary<int, Goal> MyGoals = new Dictionary<int, Goal>
    {
        [7] = Goal("Tio studentutbyten per år", IndicatorKind.Count),
        [9] = Goal("Andel nöjda deltagare", IndicatorKind.Percent),
        [11] = Goal("Övrigt", IndicatorKind.Other),
    };

    private static Goal Goal(string title, IndicatorKind kind) =>
        new(title, 1, ThematicArea.Education, "owner@linkoping.se", "Antal utbyten", 10m, 3m, GoalStatus.OnTrack, null, null, kind);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static ValidationResult<GoalUpdate> Validate(GoalUpdateDraft draft) =>
        GoalUpdateValidator.Validate(draft, MyGoals, "owner@linkoping.se", Now, "sub-9");

    [Fact]
    public void ValidateOwnGoalWithStatus_IsValidAndTrimsTheComment()
    {
        var result = Validate(new GoalUpdateDraft(7, GoalStatus.AtRisk, 3m, "  Försenat av pandemin  "));

        Assert.True(result.IsValid);
        Assert.Equal("Försenat av pandemin", result.Value!.Comment);
        Assert.Equal(GoalStatus.AtRisk, result.Value.Status);
    }

    [Fact]
    public void ValidateSomeoneElsesGoal_IsRejected()
    {
        var error = Assert.Single(Validate(new GoalUpdateDraft(8, GoalStatus.OnTrack, null, null)).Errors);

        Assert.Equal(new ValidationError(GoalUpdateFields.Goal, ValidationCode.UnknownGoal), error);
    }

    [Fact]
    public void ValidateMissingStatusAndLongComment_NamesBoth()
    {
        var errors = Validate(new GoalUpdateDraft(7, null, null, new string('c', 4001))).Errors;

        Assert.Equal([GoalUpdateFields.Status, GoalUpdateFields.Comment], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(7, "-5", ValidationCode.ValueOutOfRange)]
    [InlineData(7, "2.5", ValidationCode.NotWholeNumber)]
    [InlineData(9, "101", ValidationCode.ValueOutOfRange)]
    [InlineData(9, "-1", ValidationCode.ValueOutOfRange)]
    [InlineData(11, "2000000000000", ValidationCode.ValueOutOfRange)]
    public void ValidateAValueItsIndicatorCannotTake_IsRefusedOnTheCurrentValue(int goal, string value, ValidationCode code)
    {
        // Issue 10: a count of −5 was accepted.
        var error = Assert.Single(Validate(new GoalUpdateDraft(goal, GoalStatus.OnTrack, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), null)).Errors);

        Assert.Equal((GoalUpdateFields.Current, code), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(7, "0")]
    [InlineData(9, "100")]
    [InlineData(9, "37.5")]
    [InlineData(11, "-12.75")]
    public void ValidateAValueItsIndicatorCanTake_IsValid(int goal, string value)
    {
        Assert.True(Validate(new GoalUpdateDraft(goal, GoalStatus.OnTrack, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), null)).IsValid);
    }
}
