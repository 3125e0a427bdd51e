using System.Text.Json.Nodes;

namespace PartnershipTeams.Protocol.Turns;

/// <summary>Proactive messages (reminders, digests): a card to a conversation the bot was told about before.</summary>
public interface IMessenger
{
    Task<DeliveryOutcome> SendCardAsync(ConversationAddress address, JsonObject card, CancellationToken cancellationToken);
}

/// <summary>Where a proactive message goes: the conversation and the address Teams gave for it.</summary>
public sealed record ConversationAddress(string ServiceUrl, string ConversationId);

/// <summary>How a proactive message went.</summary>
public enum DeliveryOutcome
{
    Sent,

    /// <summary>Teams refused the conversation: the bot was removed or blocked.</summary>
    Gone,

    /// <summary>It did not get through this time.</summary>
    Failed,
}
