namespace PartnershipTeams.Bot.Conversations;

/// <summary>Something the user can type (in Swedish or English) and what the bot does then.</summary>
public interface IBotCommand
{
    IReadOnlyList<string> Words { get; }

    Task HandleAsync(Turn turn, CancellationToken cancellationToken);
}
