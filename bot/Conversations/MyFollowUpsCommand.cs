using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"mina uppföljningar" / "my follow-ups": open activities the user is responsible for, soonest first.</summary>
public sealed class MyFollowUpsCommand(IListStore store, ConversationDirectory directory) : IBotCommand
{
    private const int Shown = 10;
    private static readonly HashSet<string> Closed = [nameof(ActivityStatus.Done), nameof(ActivityStatus.Cancelled)];

    public string Name => "MyFollowUps";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var email = await directory.EmailOfAsync(turn, cancellationToken);
        var mine = await store.QueryAsync(ActivitiesList.Name, ListQuery.WhereEquals(ActivitiesList.ResponsibleEmail, email), cancellationToken);
        var rows = mine
            .Where(a => !Closed.Contains(a.Text(ActivitiesList.Status) ?? string.Empty))
            .OrderBy(a => a.Date(ActivitiesList.FollowUpDue) ?? a.Date(ActivitiesList.End) ?? DateOnly.MaxValue)
            .Take(Shown)
            .Select(a => new ListingCards.Row(
                a.Text(ActivitiesList.Title) ?? string.Empty,
                a.Date(ActivitiesList.FollowUpDue) ?? a.Date(ActivitiesList.End),
                turn.Texts.Domain.Label(a.Text(ActivitiesList.Status) ?? string.Empty)))
            .ToList();
        await turn.SendCardAsync(ListingCards.FollowUps(turn.Texts, rows), cancellationToken);
    }
}
