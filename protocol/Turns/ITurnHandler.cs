namespace PartnershipTeams.Protocol.Turns;

/// <summary>What handles a turn: the conversations. The protocol calls it for every authenticated, well-formed activity.</summary>
public interface ITurnHandler
{
    Task HandleAsync(ITurn turn, CancellationToken cancellationToken);
}
