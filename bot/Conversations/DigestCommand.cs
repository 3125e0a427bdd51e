using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// "sammanfattning" / "digest": the coordinators' weekly digest now, in a personal chat or a team channel; coordinators
/// only. The digest's contents come from the host (<see cref="IDigestSource"/>, the Functions app); a host without
/// one (the bot alone) answers with help.
/// </summary>
public sealed class DigestCommand(Coordinators coordinators, ConversationDirectory directory, TimeProvider time, IDigestSource? digest = null) : IBotCommand
{
    public string Name => "Digest";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!await coordinators.IsCoordinatorAsync(await directory.EmailOfAsync(turn, cancellationToken), cancellationToken))
        {
            await turn.SayAsync(turn.Texts.DigestOnlyForCoordinators, cancellationToken);
            return;
        }

        if (digest is null)
        {
            await turn.SendCardAsync(InfoCards.Help(turn.Texts), cancellationToken);
            return;
        }

        var sections = await digest.SectionsAsync(turn.Texts, BusinessTimeZone.Today(time), cancellationToken);
        await turn.SendCardAsync(DigestCard.Build(turn.Texts, sections), cancellationToken);
    }
}
