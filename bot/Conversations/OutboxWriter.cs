using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Accepts a submission into the outbox under its SubmissionId. A second submit of the same card (a retry, a
/// double click) finds it already there and is acknowledged the same way: one submission, never two.
/// </summary>
public sealed class OutboxWriter(IListStore store, TimeProvider time)
{
    /// <summary>True when this call stored it, false when it was already in the outbox.</summary>
    public async Task<bool> AcceptAsync(string kind, string submissionId, string title, string reportedBy, string payload, CancellationToken cancellationToken)
    {
        try
        {
            await store.CreateAsync(OutboxList.Name, new Dictionary<string, object?>
            {
                [OutboxList.Title] = title.Length > 255 ? title[..255] : title,
                [OutboxList.SubmissionId] = submissionId,
                [OutboxList.Kind] = kind,
                [OutboxList.Payload] = payload,
                [OutboxList.ReportedByEmail] = reportedBy.Length > 255 ? reportedBy[..255] : reportedBy,
                [OutboxList.ReceivedAt] = time.GetUtcNow(),
                [OutboxList.Status] = "Pending",
                [OutboxList.Attempts] = 0,
            }, cancellationToken);
            return true;
        }
        catch (DuplicateItemException)
        {
            return false;
        }
    }
}
