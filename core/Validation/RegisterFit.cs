using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Sync;

namespace PartnershipTeams.Core.Validation;

/// <summary>
/// Whether a submission, as the list items it will become, fits the register's lists: the very check the stores
/// make before they write (<see cref="ItemCheck"/>), made before the user is told the report was received, so the
/// sync can never refuse what was confirmed. Each problem is named on the card field it comes from.
/// </summary>
public static class RegisterFit
{
    /// <summary>The largest submission the submission log keeps, as stored (JSON, unescaped).</summary>
    public static int MaxPayloadLength => StateValues.MaxValueLength;

    public static IEnumerable<ValidationError> Of(Visit visit)
    {
        var followUps = ReconciliationRules.FollowUpActivities(visit, visitId: int.MaxValue, plans: [])
            .SelectMany((followUp, index) => ProblemsOf(
                ActivitiesList.Schema, ActivitiesList.Fields(followUp.Activity, followUp.SubmissionId), column => FollowUpField(index + 1, column)));
        return ProblemsOf(VisitsList.Schema, VisitsList.Fields(visit), VisitField)
            .Concat(followUps)
            .Concat(TooLarge(SubmissionJson.Serialize(visit), VisitFields.Outcomes));
    }

    public static IEnumerable<ValidationError> Of(GoalUpdate update, string goalTitle) =>
        Of(GoalUpdatesList.Schema, GoalUpdatesList.Fields(update, goalTitle), GoalUpdateFields.OfColumn, SubmissionJson.Serialize(update), GoalUpdateFields.Comment);

    /// <summary>
    /// A submission that becomes one item of <paramref name="schema"/>: each problem named on the card field
    /// <paramref name="fieldOfColumn"/> gives for its column, and a payload too large for the log on <paramref name="largestField"/>.
    /// A new kind of submission calls this from its validator with its own fields; nothing here changes.
    /// </summary>
    public static IEnumerable<ValidationError> Of(
        ListSchema schema, IReadOnlyDictionary<string, object?> fields, Func<string, string> fieldOfColumn, string payloadJson, string largestField) =>
        ProblemsOf(schema, fields, fieldOfColumn).Concat(TooLarge(payloadJson, largestField));

    private static IEnumerable<ValidationError> ProblemsOf(ListSchema schema, IReadOnlyDictionary<string, object?> fields, Func<string, string> fieldOfColumn) =>
        ItemCheck.ProblemsOfNew(schema, fields).Select(problem => Error(fieldOfColumn(problem.Column.Name), problem));

    private static IEnumerable<ValidationError> TooLarge(string payloadJson, string largestField) =>
        payloadJson.Length > MaxPayloadLength ? [new ValidationError(largestField, ValidationCode.ReportTooLarge)] : [];

    private static ValidationError Error(string field, FieldProblem problem) => problem.Kind switch
    {
        FieldProblemKind.TooLong => new ValidationError(field, ValidationCode.TooLong, problem.Limit),
        FieldProblemKind.Required => new ValidationError(field, ValidationCode.Required),
        FieldProblemKind.InvalidCharacters => new ValidationError(field, ValidationCode.InvalidCharacters),
        FieldProblemKind.UnknownChoice => new ValidationError(field, ValidationCode.UnknownChoice),
        _ => new ValidationError(field, ValidationCode.InvalidValue),
    };

    private static string VisitField(string column) => column switch
    {
        VisitsList.CostSek or VisitsList.Costs => VisitFields.Cost(1, "Amount"),
        VisitsList.ReportedByEmail or VisitsList.ReportedAt or VisitsList.SubmissionId => VisitFields.Title,
        _ => column,
    };

    private static string FollowUpField(int number, string column) => column switch
    {
        ActivitiesList.Title => VisitFields.FollowUp(number, "Title"),
        ActivitiesList.ResponsibleEmail => VisitFields.FollowUp(number, "Owner"),
        ActivitiesList.FollowUpDue or ActivitiesList.Start or ActivitiesList.End => VisitFields.FollowUp(number, "Due"),
        ActivitiesList.OwnerOrganisation => VisitFields.Organisations,
        ActivitiesList.Theme => VisitFields.Themes,
        ActivitiesList.Partner => VisitFields.Partner,
        _ => VisitFields.FollowUp(number, "Title"),
    };
}
