using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"kommande besök" / "upcoming visits": visits starting today or later, soonest first.</summary>
public sealed class UpcomingVisitsCommand(IListStore store, PartnerChoices partners, TimeProvider time) : IBotCommand
{
    private const int Shown = 10;

    public string Name => "UpcomingVisits";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var today = BusinessTimeZone.Today(time);
        var upcoming = await store.QueryAsync(VisitsList.NotWithdrawn, ListQuery.Where(VisitsList.Start, ComparisonOperator.GreaterOrEqual, today), cancellationToken);
        var titles = (await partners.LoadAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Title);
        var rows = upcoming
            .Select(v => v.Value)
            .OrderBy(v => v.Start)
            .Take(Shown)
            .Select(v => new ListingCards.Row(v.Title, v.Start, $"{titles.GetValueOrDefault(v.PartnerId, "?")} · {turn.Texts.Domain.Label(v.Direction)}"))
            .ToList();
        await turn.SendCardAsync(ListingCards.UpcomingVisits(turn.Texts, rows), cancellationToken);
    }
}
