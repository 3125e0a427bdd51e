using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Validation;

/// <summary>Checks a goal update; only the reporter's own goals may be updated, with values their indicator can take and the register can store.</summary>
public static class GoalUpdateValidator
{
    public static ValidationResult<GoalUpdate> Validate(
        GoalUpdateDraft draft,
        IReadOnlyDictionary<int, Goal> reportersGoals,
        string reportedByEmail,
        DateTimeOffset reportedAt,
        string submissionId)
    {
        var errors = new List<ValidationError>();
        if (draft.GoalId is null)
        {
            errors.Add(new ValidationError(GoalUpdateFields.Goal, ValidationCode.Required));
        }
        else if (!reportersGoals.TryGetValue(draft.GoalId.Value, out var goal))
        {
            errors.Add(new ValidationError(GoalUpdateFields.Goal, ValidationCode.UnknownGoal));
        }
        else if (draft.Current is { } current && GoalValueBounds.Check(GoalUpdateFields.Current, goal.IndicatorKind, current) is { } outOfBounds)
        {
            errors.Add(outOfBounds);
        }

        FieldChecks.Required(errors, GoalUpdateFields.Status, draft.Status);
        FieldChecks.FitsColumn(errors, GoalUpdateFields.Comment, GoalUpdatesList.Schema, GoalUpdatesList.Comment, draft.Comment);

        if (errors.Count > 0)
        {
            return ValidationResult.Invalid<GoalUpdate>(errors);
        }

        var update = new GoalUpdate(
            draft.GoalId!.Value,
            draft.Status!.Value,
            draft.Current,
            string.IsNullOrWhiteSpace(draft.Comment) ? null : draft.Comment.Trim(),
            reportedByEmail,
            reportedAt,
            submissionId);
        var unfit = RegisterFit.Of(update, reportersGoals[update.GoalId].Title).Distinct().ToList();
        return unfit.Count > 0 ? ValidationResult.Invalid<GoalUpdate>(unfit) : ValidationResult.Valid(update);
    }
}
