using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The list items reminders are about (follow-up activities, goal reviews, review cycles): reading them as records,
/// checking the acting user is the one responsible, and the snooze and done changes, each an If-Match on the item as read.
/// </summary>
public sealed class RemindedItems(IListStore store, ConversationDirectory directory, TimeProvider time)
{
    /// <summary>A reminded item: its key, the item as read (for If-Match) and what a reminder shows of it.</summary>
    public sealed record Item(ItemKey Key, ListItem Stored, string Title, DateOnly? Due, ActivityStatus? ActivityStatus, int ReviewInterval = GoalReview.DefaultIntervalMonths)
    {
        public string DueColumn => DueColumnOf(Key.List);

        /// <summary>Nothing more to do: the activity done or cancelled, the review reported, the goal achieved.</summary>
        public bool IsClosed => Key.List switch
        {
            ActivitiesList.Name => ActivityStatus is Core.Domain.ActivityStatus.Done or Core.Domain.ActivityStatus.Cancelled,
            GoalsList.Name => Stored.Text(GoalsList.Status) == nameof(GoalStatus.Achieved),
            _ => Stored.Text(ReviewCyclesList.Status) == nameof(ReviewCycleStatus.Reported),
        };

        /// <summary>
        /// Whether the item changed since the card was sent: its due date is no longer the one the card showed (a
        /// snooze or a done already applied, or a manager's edit). Teams retries invokes, so a handler that finds this
        /// shows the item as it is instead of changing it again.
        /// </summary>
        public bool ChangedSince(Protocol.Turns.CardInput card) =>
            DateOnly.TryParseExact(card.Value(ReminderCard.DueField), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var shown)
            && Due != shown;
    }

    /// <summary>The item, if the key names one in a list reminders are about and the user is responsible for it.</summary>
    public async Task<Item?> FindAsync(string? key, string userEmail, CancellationToken cancellationToken)
    {
        if (!ItemKey.TryParse(key, out var itemKey) || itemKey.List is not (ActivitiesList.Name or GoalsList.Name or ReviewCyclesList.Name))
        {
            return null;
        }

        try
        {
            var stored = await store.GetAsync(itemKey.List, itemKey.Id, cancellationToken);
            var responsible = await ResponsibleAsync(itemKey.List, stored, cancellationToken);
            return responsible is not null && string.Equals(responsible, userEmail, StringComparison.OrdinalIgnoreCase)
                ? Read(itemKey, stored)
                : null;
        }
        catch (ItemNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The item a card button names, if the acting user is responsible for it; otherwise the user is told it is gone.</summary>
    public async Task<Item?> FromCardAsync(Turn turn, Protocol.Turns.CardInput card, CancellationToken cancellationToken)
    {
        var item = await FindAsync(card.Value(CardDataKeys.Item), await directory.EmailOfAsync(turn, cancellationToken), cancellationToken);
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
        ChangeAsync(item, current => current.Key.List switch
        {
            ActivitiesList.Name => new Dictionary<string, object?> { [ActivitiesList.Status] = RegisterWords.Of(ActivityStatus.Done) },
            // A goal review is done once reviewed: the next follow-up comes a review interval later.
            GoalsList.Name => new Dictionary<string, object?> { [GoalsList.LastUpdated] = time.GetUtcNow(), [GoalsList.NextReviewDue] = GoalReview.NextDue(current.Due, Today(), current.ReviewInterval) },
            _ => new Dictionary<string, object?> { [ReviewCyclesList.Status] = RegisterWords.Of(ReviewCycleStatus.Reported) },
        }, cancellationToken);

    public Task<Item> SetActivityAsync(Item item, ActivityStatus status, DateOnly? due, CancellationToken cancellationToken) =>
        ChangeAsync(item, _ => new Dictionary<string, object?> { [ActivitiesList.Status] = RegisterWords.Of(status), [ActivitiesList.FollowUpDue] = due }, cancellationToken);

    /// <summary>Applies the change to the item as read, and to the item as it is now after a conflict (a manager's edit); null writes nothing.</summary>
    private async Task<Item> ChangeAsync(Item item, Func<Item, Dictionary<string, object?>?> change, CancellationToken cancellationToken) =>
        Read(item.Key, await store.UpdateCurrentAsync(item.Key.List, item.Stored, current => change(Read(item.Key, current)), cancellationToken));

    private static Item Read(ItemKey key, ListItem stored) => key.List switch
    {
        ActivitiesList.Name when ActivitiesList.Read(stored) is { } activity => new Item(key, stored, activity.Title, activity.FollowUpDue, activity.Status),
        GoalsList.Name when GoalsList.Read(stored) is { } goal => new Item(key, stored, goal.Title, goal.NextReviewDue, null, goal.ReviewInterval),
        ReviewCyclesList.Name when ReviewCyclesList.Read(stored) is { } review => new Item(key, stored, review.Title, review.Due, null),
        // An item a manager left unreadable still has its title and date, which is all a reminder needs.
        _ => new Item(key, stored, stored.Text("Title") ?? key.ToString(), stored.Date(DueColumnOf(key.List)), null),
    };

    private static string DueColumnOf(string list) => list switch
    {
        ActivitiesList.Name => ActivitiesList.FollowUpDue,
        GoalsList.Name => GoalsList.NextReviewDue,
        _ => ReviewCyclesList.Due,
    };

    /// <summary>Who acts on the item: the activity's responsible, the goal's owner, the partner's coordinator for a review.</summary>
    private async Task<string?> ResponsibleAsync(string list, ListItem stored, CancellationToken cancellationToken) => list switch
    {
        ActivitiesList.Name => stored.Text(ActivitiesList.ResponsibleEmail),
        GoalsList.Name => stored.Text(GoalsList.OwnerEmail),
        _ => stored.LookupId(ReviewCyclesList.Partner) is { } partner
            ? (await store.GetAsync(PartnersList.Records, partner, cancellationToken))?.CoordinatorEmail
            : null,
    };

    private DateOnly Today() => Core.Time.BusinessTimeZone.Today(time);
}
