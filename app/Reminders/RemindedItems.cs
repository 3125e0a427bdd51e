using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Application.Reminders;

/// <summary>
/// The items reminders are about, as their subjects read them (<see cref="ReminderSubjects"/>): found for the person
/// responsible, snoozed, marked done — each change an If-Match on the item as read, decided again on the item as it is
/// after a manager's edit.
/// </summary>
public sealed class RemindedItems(IListStore store, ResponsiblePeople people, TimeProvider time)
{
    /// <summary>The item, if the key names one in a list reminders are about and the user is responsible for it.</summary>
    public async Task<RemindedItem?> FindAsync(string? key, string? userEmail, CancellationToken cancellationToken)
    {
        if (!ItemKey.TryParse(key, out var itemKey) || ReminderSubjects.Of(itemKey.List) is not { } subject)
        {
            return null;
        }

        try
        {
            var item = subject.Read(await store.GetAsync(itemKey.List, itemKey.Id, cancellationToken), Today());
            return item is not null && await people.IncludesAsync(item.Responsible, userEmail, cancellationToken) ? item : null;
        }
        catch (ItemNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Moves the due date a week on (<see cref="Snooze"/>); null when it cannot move further.</summary>
    public async Task<RemindedItem?> SnoozeAsync(RemindedItem item, CancellationToken cancellationToken)
    {
        var canMove = true;
        var moved = await ChangeAsync(item, current =>
        {
            var next = Snooze.NextDue(current.Due, Today());
            canMove = next is not null;
            return next is null ? null : new Dictionary<string, object?> { [current.Subject.DueColumn] = next };
        }, cancellationToken);
        return canMove ? moved : null;
    }

    /// <summary>Done as its subject says: the activity done, the review reported, the goal reviewed (its next review an interval on).</summary>
    public Task<RemindedItem> MarkDoneAsync(RemindedItem item, CancellationToken cancellationToken) =>
        ChangeAsync(item, current => current.Subject.Done(current, Today(), time.GetUtcNow()), cancellationToken);

    /// <summary>The activity card's change: its status and follow-up date.</summary>
    public Task<RemindedItem> SetActivityAsync(RemindedItem item, ActivityStatus status, DateOnly? due, CancellationToken cancellationToken) =>
        ChangeAsync(item, _ => new Dictionary<string, object?> { [ActivitiesList.Status] = RegisterWords.Of(status), [ActivitiesList.FollowUpDue] = due }, cancellationToken);

    /// <summary>Applies the change to the item as read, and to the item as it is now after a conflict (a manager's edit); null writes nothing.</summary>
    private async Task<RemindedItem> ChangeAsync(RemindedItem item, Func<RemindedItem, Dictionary<string, object?>?> change, CancellationToken cancellationToken)
    {
        var written = await store.UpdateCurrentAsync(item.Key.List, item.Stored, current => Reread(item, current) is { } now ? change(now) : null, cancellationToken);
        return Reread(item, written) ?? item with { Stored = written };
    }

    private RemindedItem? Reread(RemindedItem item, ListItem stored) => item.Subject.Read(stored, Today());

    private DateOnly Today() => BusinessTimeZone.Today(time);
}
