using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Application.Reminders;

/// <summary>
/// The open deadlines near today, subject by subject (<see cref="ReminderSubjects"/>), read by indexed date queries (cost
/// follows the deadlines in the window, not the lists): up to a day past each subject's earliest reminder ahead, and overdue
/// ones as long as they are chased (<see cref="OverdueChase"/>). One deadline per responsible person.
/// </summary>
public sealed class DeadlineSource(IListStore store, ResponsiblePeople people)
{
    public async Task<IReadOnlyList<Deadline>> OpenNearAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var deadlines = new List<Deadline>();
        foreach (var subject in ReminderSubjects.All)
        {
            var window = ListQuery.Where(subject.DueColumn, ComparisonOperator.GreaterOrEqual, OverdueChase.OldestChasedDue(today))
                .And(subject.DueColumn, ComparisonOperator.LessOrEqual, today.AddDays(subject.Offsets.Max() + 1));
            foreach (var stored in await store.QueryAsync(subject.List, window, cancellationToken))
            {
                if (subject.Read(stored, today) is not { IsOpen: true, Due: { } due } item)
                {
                    continue;
                }

                foreach (var recipient in await people.OfAsync(item.Responsible, cancellationToken))
                {
                    deadlines.Add(new Deadline(item.Key, subject, item.Title, due, recipient, item.IsOverdue));
                }
            }
        }

        return deadlines;
    }
}
