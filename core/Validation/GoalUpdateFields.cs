namespace PartnershipTeams.Core.Validation;

/// <summary>Field names of the goal update card that validation errors point at.</summary>
public static class GoalUpdateFields
{
    public const string Goal = "Goal";
    public const string Status = "Status";
    public const string Current = "Current";
    public const string Comment = "Comment";
}
