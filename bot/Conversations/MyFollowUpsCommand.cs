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

    public string Name => "MyFollowUps";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var email = await directory.EmailOfAsync(turn, cancellationToken);
        var mine = await store.QueryAsync(ActivitiesList.Records, ListQuery.WhereEquals(ActivitiesList.ResponsibleEmail, email), cancellationToken);
        var rows = mine
            .Select(a => a.Value)
            .Where(a => a.IsOpen)
            .OrderBy(a => a.FollowUpDue ?? a.End ?? DateOnly.MaxValue)
            .Take(Shown)
            .Select(a => new ListingCards.Row(a.Title, a.FollowUpDue ?? a.End, turn.Texts.Domain.Label(a.Status)))
            .ToList();
        await turn.SendCardAsync(ListingCards.FollowUps(turn.Texts, rows), cancellationToken);
    }
}
