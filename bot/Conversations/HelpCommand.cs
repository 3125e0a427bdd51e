using PartnershipTeams.Bot.Cards;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"hjälp" / "help": the commands the bot understands.</summary>
public sealed class HelpCommand : IBotCommand
{
    public string Name => "Help";

    public Task HandleAsync(Turn turn, CancellationToken cancellationToken) => turn.SendCardAsync(InfoCards.Help(turn.Texts), cancellationToken);
}
