using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Tests.Validation;

public sealed class GoalUpdateValidatorTests
{
    private static readonly IReadOnlyDictionary<int, string> MyGoals = new Dictionary<int, string> { [7] = "Tio studentutbyten per år" };
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static ValidationResult<GoalUpdate> Validate(GoalUpdateDraft draft) =>
        GoalUpdateValidator.Validate(draft, MyGoals, "owner@linkoping.se", Now, "sub-9");

    [Fact]
    public void Validate_OwnGoalWithStatus_IsValidAndTrimsTheComment()
    {
        var result = Validate(new GoalUpdateDraft(7, GoalStatus.AtRisk, 3m, "  Försenat av pandemin  "));

        Assert.True(result.IsValid);
        Assert.Equal("Försenat av pandemin", result.Value!.Comment);
        Assert.Equal(GoalStatus.AtRisk, result.Value.Status);
    }

    [Fact]
    public void Validate_SomeoneElsesGoal_IsRejected()
    {
        var error = Assert.Single(Validate(new GoalUpdateDraft(8, GoalStatus.OnTrack, null, null)).Errors);

        Assert.Equal(new ValidationError(GoalUpdateFields.Goal, ValidationCode.UnknownGoal), error);
    }

    [Fact]
    public void Validate_MissingStatusAndLongComment_NamesBoth()
    {
        var errors = Validate(new GoalUpdateDraft(7, null, null, new string('c', 4001))).Errors;

        Assert.Equal([GoalUpdateFields.Status, GoalUpdateFields.Comment], errors.Select(e => e.Field));
    }
}
