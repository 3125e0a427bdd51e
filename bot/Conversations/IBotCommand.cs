namespace PartnershipTeams.Bot.Conversations;

/// <summary>Something the user can type (its words are the texts Command.{Name} of every language) and what the bot does then.</summary>
public interface IBotCommand
{
    string Name { get; }

    Task HandleAsync(Turn turn, CancellationToken cancellationToken);
}
