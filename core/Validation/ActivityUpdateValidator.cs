using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Validation;

/// <summary>
/// Checks the activity card's change: a status a person may set (overdue is the register's to say, not a choice) and a
/// follow-up date within the register's window (<see cref="RegisterBounds.CheckDate"/>), as every card's dates are.
/// </summary>
public static class ActivityUpdateValidator
{
    public static IReadOnlyList<ValidationError> Validate(ActivityUpdateDraft draft, DateOnly today, RegisterBounds? bounds = null)
    {
        var errors = new List<ValidationError>();
        FieldChecks.Required(errors, ActivityUpdateFields.Status, draft.Status);
        if (draft.Status == ActivityStatus.Overdue)
        {
            errors.Add(new ValidationError(ActivityUpdateFields.Status, ValidationCode.UnknownChoice));
        }

        if ((bounds ?? RegisterBounds.Default).CheckDate(ActivityUpdateFields.Due, draft.Due, today) is { } outOfRange)
        {
            errors.Add(outOfRange);
        }

        return errors;
    }
}
