using PartnershipTeams.Bot.Cards;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"rapportera besök" / "report visit": the empty visit report form, with a new submission id.</summary>
public sealed class ReportVisitCommand(PartnerChoices partners) : IBotCommand
{
    public string Name => "ReportVisit";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var card = VisitReportCard.Build(turn.Texts, await partners.LoadAsync(cancellationToken), CardData.NewSubmissionId(), new Dictionary<string, string>(), []);
        await turn.SendCardAsync(card, cancellationToken);
    }
}
