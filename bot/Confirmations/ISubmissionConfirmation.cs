using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Confirmations;

/// <summary>
/// What the reporter is shown of one kind of submission once it is accepted, and again when its card refreshes: what was
/// stored under its id and where it stands (the status: received, in the register, or set aside).
/// </summary>
public interface ISubmissionConfirmation
{
    ISubmissionType Type { get; }

    Task<JsonObject> CardAsync(Turn turn, AcceptedSubmission stored, string status, CancellationToken cancellationToken);
}
