using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Validation;

/// <summary>Field names of the goal update card that validation errors point at.</summary>
public static class GoalUpdateFields
{
    public const string Goal = "Goal";
    public const string Status = "Status";
    public const string Current = "Current";
    public const string Comment = "Comment";

    /// <summary>The card field a problem with a GoalUpdates column is shown on.</summary>
    public static string OfColumn(string column) => column switch
    {
        GoalUpdatesList.Goal or GoalUpdatesList.Title => Goal,
        GoalUpdatesList.Status => Status,
        GoalUpdatesList.Current => Current,
        _ => Comment,
    };
}
