using PartnershipTeams.Bot.Conversations;

namespace PartnershipTeams.Bot.Reporting;

/// <summary>The command of a kind reported through a form ("uppdatera mål", "registrera gåva"): opens its form.</summary>
public sealed class ReportCommand(string name, IReportForm form) : IBotCommand
{
    public string Name => name;

    public Task HandleAsync(Turn turn, CancellationToken cancellationToken) => form.OpenAsync(turn, cancellationToken);
}
