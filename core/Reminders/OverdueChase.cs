namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// How long an overdue deadline is chased: weekly reminders to the person and the coordinators' digest name it for
/// <see cref="Days"/> days after it passed. Older ones stop nagging; the register's pages and the review still show them.
/// </summary>
public static class OverdueChase
{
    public const int Days = 90;

    /// <summary>The oldest due date still chased on a day.</summary>
    public static DateOnly OldestChasedDue(DateOnly today) => today.AddDays(-Days);
}
