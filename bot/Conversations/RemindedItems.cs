using System.Globalization;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The list items reminders are about ("Activities/12", "Goals/3", "ReviewCycles/1"): reading them, checking
/// the acting user is the one responsible, and the snooze and done changes, each an If-Match on the item as read.
/// </summary>
public sealed class RemindedItems(IListStore store, ConversationDirectory directory, TimeProvider time)
{
    public sealed record Item(string List, ListItem Value)
    {
        public string Key => $"{List}/{Value.Id.ToString(CultureInfo.InvariantCulture)}";

        public string Title => Value.Text("Title") ?? Key;

        public string DueColumn => List switch
        {
            ActivitiesList.Name => ActivitiesList.FollowUpDue,
            GoalsList.Name => GoalsList.NextReviewDue,
            _ => ReviewCyclesList.Due,
        };

        public DateOnly? Due => Value.Date(DueColumn);

        /// <summary>Nothing more to do: the activity done or cancelled, the review reported, the goal achieved.</summary>
        public bool IsClosed => List switch
        {
            ActivitiesList.Name => Value.Text(ActivitiesList.Status) is nameof(ActivityStatus.Done) or nameof(ActivityStatus.Cancelled),
            GoalsList.Name => Value.Text(GoalsList.Status) == nameof(GoalStatus.Achieved),
            _ => Value.Text(ReviewCyclesList.Status) == nameof(ReviewCycleStatus.Reported),
        };

        /// <summary>
        /// Whether the item changed since the card was sent: its due date is no longer the one the card showed (a
        /// snooze or a done already applied, or a manager's edit). Teams retries invokes, so a handler that finds this
        /// shows the item as it is instead of changing it again.
        /// </summary>
        public bool ChangedSince(Turns.CardInput card) =>
            DateOnly.TryParseExact(card.Value(Cards.ReminderCard.DueField), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var shown)
            && Due != shown;
    }

    /// <summary>The item, if the key names one in a list reminders are about and the user is responsible for it.</summary>
    public async Task<Item?> FindAsync(string? key, string userEmail, CancellationToken cancellationToken)
    {
        var parts = key?.Split('/') ?? [];
        if (parts.Length != 2 || parts[0] is not (ActivitiesList.Name or GoalsList.Name or ReviewCyclesList.Name)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        try
        {
            var item = new Item(parts[0], await store.GetAsync(parts[0], id, cancellationToken));
            return await IsResponsibleAsync(item, userEmail, cancellationToken) ? item : null;
        }
        catch (ItemNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The item a card button names, if the acting user is responsible for it; otherwise the user is told it is gone.</summary>
    public async Task<Item?> FromCardAsync(Turn turn, Turns.CardInput card, CancellationToken cancellationToken)
    {
        var item = await FindAsync(card.Value(CardData.Item), await directory.EmailOfAsync(turn, cancellationToken), cancellationToken);
        if (item is null)
        {
            await turn.SayAsync(turn.Texts.ItemGone, cancellationToken);
        }

        return item;
    }

    /// <summary>Moves the due date a week on (<see cref="Snooze"/>); null when it cannot move further.</summary>
    public async Task<Item?> SnoozeAsync(Item item, CancellationToken cancellationToken)
    {
        var canMove = true;
        var moved = await ChangeAsync(item, current =>
        {
            var next = Snooze.NextDue(current.Due, Today());
            canMove = next is not null;
            return next is null ? null : new Dictionary<string, object?> { [current.DueColumn] = next };
        }, cancellationToken);
        return canMove ? moved : null;
    }

    public Task<Item> MarkDoneAsync(Item item, CancellationToken cancellationToken) =>
        ChangeAsync(item, current => current.List switch
        {
            ActivitiesList.Name => new Dictionary<string, object?> { [ActivitiesList.Status] = nameof(ActivityStatus.Done) },
            // A goal review is done once reviewed: the next follow-up comes a quarter later.
            GoalsList.Name => new Dictionary<string, object?> { [GoalsList.LastUpdated] = time.GetUtcNow(), [GoalsList.NextReviewDue] = GoalReview.NextDue(current.Due, Today()) },
            _ => new Dictionary<string, object?> { [ReviewCyclesList.Status] = nameof(ReviewCycleStatus.Reported) },
        }, cancellationToken);

    public Task<Item> SetActivityAsync(Item item, ActivityStatus status, DateOnly? due, CancellationToken cancellationToken) =>
        ChangeAsync(item, _ => new Dictionary<string, object?> { [ActivitiesList.Status] = status.ToString(), [ActivitiesList.FollowUpDue] = due }, cancellationToken);

    /// <summary>Applies the change to the item as read, and to the item as it is now after a conflict (a manager's edit); null writes nothing.</summary>
    private async Task<Item> ChangeAsync(Item item, Func<Item, Dictionary<string, object?>?> change, CancellationToken cancellationToken) =>
        item with { Value = await store.UpdateCurrentAsync(item.List, item.Value, current => change(item with { Value = current }), cancellationToken) };

    private async Task<bool> IsResponsibleAsync(Item item, string email, CancellationToken cancellationToken)
    {
        var responsible = item.List switch
        {
            ActivitiesList.Name => item.Value.Text(ActivitiesList.ResponsibleEmail),
            GoalsList.Name => item.Value.Text(GoalsList.OwnerEmail),
            _ => item.Value.LookupId(ReviewCyclesList.Partner) is { } partner
                ? (await store.GetAsync(PartnersList.Name, partner, cancellationToken)).Text(PartnersList.CoordinatorEmail)
                : null,
        };
        return responsible is not null && string.Equals(responsible, email, StringComparison.OrdinalIgnoreCase);
    }

    private DateOnly Today() => Core.Time.BusinessTimeZone.Today(time);
}
