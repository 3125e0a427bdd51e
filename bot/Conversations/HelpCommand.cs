using PartnershipTeams.Bot.Cards;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"hjälp" / "help": the commands the bot understands.</summary>
public sealed class HelpCommand : IBotCommand
{
    public IReadOnlyList<string> Words { get; } = ["hjälp", "help", "?"];

    public Task HandleAsync(Turn turn, CancellationToken cancellationToken) => turn.SendCardAsync(InfoCards.Help(turn.Texts), cancellationToken);
}
