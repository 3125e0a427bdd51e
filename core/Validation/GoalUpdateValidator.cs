using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Validation;

/// <summary>Checks a goal update; only the reporter's own goals may be updated.</summary>
public static class GoalUpdateValidator
{
    public static ValidationResult<GoalUpdate> Validate(
        GoalUpdateDraft draft,
        IReadOnlySet<int> reportersGoalIds,
        string reportedByEmail,
        DateTimeOffset reportedAt,
        string submissionId)
    {
        var errors = new List<ValidationError>();
        if (draft.GoalId is null)
        {
            errors.Add(new ValidationError(GoalUpdateFields.Goal, ValidationCode.Required));
        }
        else if (!reportersGoalIds.Contains(draft.GoalId.Value))
        {
            errors.Add(new ValidationError(GoalUpdateFields.Goal, ValidationCode.UnknownGoal));
        }

        FieldChecks.Required(errors, GoalUpdateFields.Status, draft.Status);
        FieldChecks.FitsColumn(errors, GoalUpdateFields.Comment, GoalUpdatesList.Schema, GoalUpdatesList.Comment, draft.Comment);

        return errors.Count > 0
            ? ValidationResult.Invalid<GoalUpdate>(errors)
            : ValidationResult.Valid(new GoalUpdate(
                draft.GoalId!.Value,
                draft.Status!.Value,
                draft.Current,
                string.IsNullOrWhiteSpace(draft.Comment) ? null : draft.Comment.Trim(),
                reportedByEmail,
                reportedAt,
                submissionId));
    }
}
