using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Confirmations;

/// <summary>Every kind's confirmation (<see cref="ISubmissionConfirmation"/>), by kind: the card a reporter sees for what they submitted.</summary>
public sealed class SubmissionConfirmations(IEnumerable<ISubmissionConfirmation> confirmations)
{
    private readonly Dictionary<SubmissionKind, ISubmissionConfirmation> byKind = confirmations.ToDictionary(c => c.Type.Kind);

    public IReadOnlyCollection<SubmissionKind> Kinds => byKind.Keys;

    /// <summary>The confirmation of what was stored, with where it stands now; null for a kind without one (a submission this version does not know).</summary>
    public async Task<JsonObject?> CardAsync(Turn turn, AcceptedSubmission stored, CancellationToken cancellationToken) =>
        byKind.TryGetValue(stored.Kind, out var confirmation)
            ? await confirmation.CardAsync(turn, stored, SubmissionState.Describe(turn.Texts, stored.Status), cancellationToken)
            : null;
}
