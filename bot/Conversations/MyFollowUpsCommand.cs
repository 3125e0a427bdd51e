using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"mina uppföljningar" / "my follow-ups": open activities the user is responsible for, soonest first, overdue ones marked, each with the reminder's actions.</summary>
public sealed class MyFollowUpsCommand(IListStore store, ConversationDirectory directory, TimeProvider time) : IBotCommand
{
    private const int Shown = 10;

    public string Name => "MyFollowUps";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var email = await directory.EmailOfAsync(turn, cancellationToken);
        var today = BusinessTimeZone.Today(time);
        var mine = await store.QueryAsync(ActivitiesList.Records, ListQuery.WhereEquals(ActivitiesList.ResponsibleEmail, email), cancellationToken);
        var rows = mine
            .Where(a => a.Value.IsOpen)
            .OrderBy(a => a.Value.FollowUpDue ?? a.Value.End ?? DateOnly.MaxValue)
            .Take(Shown)
            .Select(a => new FollowUpsCard.Row(new ItemKey(ActivitiesList.Name, a.Id), a.Value.Title, a.Value.FollowUpDue, a.Value.End, a.Value.Status, a.Value.IsOverdueOn(today)))
            .ToList();
        await turn.SendCardAsync(FollowUpsCard.Build(turn.Texts, rows), cancellationToken);
    }
}
