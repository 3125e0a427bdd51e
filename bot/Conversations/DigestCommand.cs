using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Register;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"sammanfattning" / "digest": the coordinators' weekly digest now, in a personal chat or a team channel; coordinators only.</summary>
public sealed class DigestCommand(Coordinators coordinators, ConversationDirectory directory, DigestSource digest, TimeProvider time) : IBotCommand
{
    public string Name => "Digest";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!await coordinators.IsCoordinatorAsync(await directory.EmailOfAsync(turn, cancellationToken), cancellationToken))
        {
            await turn.SayAsync(turn.Texts.DigestOnlyForCoordinators, cancellationToken);
            return;
        }

        var content = await digest.ContentAsync(BusinessTimeZone.Today(time), cancellationToken);
        await turn.SendCardAsync(DigestCard.Build(turn.Texts, content), cancellationToken);
    }
}
