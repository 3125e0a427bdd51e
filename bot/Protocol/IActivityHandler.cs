using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Turns;

namespace PartnershipTeams.Bot.Protocol;

/// <summary>What handles an authenticated, well-formed activity; the protocol layer knows nothing more of the bot.</summary>
public interface IActivityHandler
{
    /// <summary>Handles the activity and what the user did in it; for an invoke, returns the invoke response's body.</summary>
    Task<JsonObject?> HandleAsync(Activity activity, TurnInput input, CancellationToken cancellationToken);
}
