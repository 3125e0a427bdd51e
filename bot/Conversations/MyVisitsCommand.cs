using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// "mina besök" / "my visits": the user's own visit reports, newest first, to correct or withdraw; in a personal chat
/// only, as the reports name participants and costs and a channel's card is seen by the whole team.
/// </summary>
public sealed class MyVisitsCommand(MyVisitsView view, ConversationDirectory directory) : IBotCommand
{
    public string Name => "MyVisits";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Scope != ConversationScope.Personal)
        {
            await turn.SayAsync(turn.Texts.MyVisitsPersonalChatOnly, cancellationToken);
            return;
        }

        var email = await directory.EmailOfAsync(turn, cancellationToken);
        await turn.SendCardAsync(await view.CardAsync(turn.Texts, email, notice: null, cancellationToken), cancellationToken);
    }
}
