using System.Text.Json.Nodes;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Proactive messages through the Bot Connector: a card to a stored conversation, paced under Teams' rate limits
/// (<see cref="SendPacer"/>), and how it went.
/// </summary>
public sealed class ConnectorMessenger(ConnectorClient connector, SendPacer pacer) : IMessenger
{
    public async Task<DeliveryOutcome> SendCardAsync(ConversationAddress address, JsonObject card, CancellationToken cancellationToken)
    {
        try
        {
            using var turn = await pacer.WaitTurnAsync(address.ConversationId, cancellationToken);
            await connector.SendAsync(address.ServiceUrl, address.ConversationId, ConnectorActivities.CardMessage(card), cancellationToken);
            return DeliveryOutcome.Sent;
        }
        catch (ConversationGoneException)
        {
            return DeliveryOutcome.Gone;
        }
        catch (Exception e) when (e is DeliveryFailedException or HttpRequestException)
        {
            return DeliveryOutcome.Failed;
        }
    }
}
