namespace PartnershipTeams.Bot.Conversations;

/// <summary>"mina besök" / "my visits": the user's own visit reports, newest first, to correct or withdraw.</summary>
public sealed class MyVisitsCommand(MyVisitsView view, ConversationDirectory directory) : IBotCommand
{
    public string Name => "MyVisits";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var email = await directory.EmailOfAsync(turn, cancellationToken);
        await turn.SendCardAsync(await view.CardAsync(turn.Texts, email, notice: null, cancellationToken), cancellationToken);
    }
}
