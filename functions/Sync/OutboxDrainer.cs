using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Schema.Mapping;
using PartnershipTeams.Lists;
using PartnershipTeams.Lists.Errors;

namespace PartnershipTeams.Functions.Sync;

/// <summary>
/// Moves accepted submissions from the outbox into the register, exactly once each. An entry is marked done
/// only after everything it causes is written; a failing entry is retried on later runs and, after
/// <see cref="MaxAttempts"/>, kept aside as poison (never deleted) for a person to look at.
/// </summary>
public sealed partial class OutboxDrainer(IListStore store, SubmissionWriter writer, ILogger<OutboxDrainer> logger)
{
    public const int MaxAttempts = 5;

    public async Task<(int Written, int Failed, int Poisoned)> DrainAsync(CancellationToken cancellationToken)
    {
        var pending = await store.QueryAsync(OutboxList.Name, ListQuery.WhereEquals(OutboxList.Status, "Pending"), cancellationToken);
        var (written, failed, poisoned) = (0, 0, 0);
        foreach (var entry in pending)
        {
            try
            {
                await WriteAsync(entry.Text(OutboxList.Kind)!, entry.Text(OutboxList.Payload)!, cancellationToken);
                await store.UpdateAsync(OutboxList.Name, entry.Id, new Dictionary<string, object?> { [OutboxList.Status] = "Done" }, entry.ETag, cancellationToken);
                written++;
            }
            catch (ListStoreUnavailableException)
            {
                throw;
            }
            catch (Exception e) when (e is ListStoreException or System.Text.Json.JsonException)
            {
                var attempts = (int)(entry.Number(OutboxList.Attempts) ?? 0) + 1;
                var poison = attempts >= MaxAttempts;
                LogEntryFailed(logger, entry.Text(OutboxList.SubmissionId) ?? "?", attempts, poison, e);
                await store.UpdateAsync(OutboxList.Name, entry.Id, new Dictionary<string, object?>
                {
                    [OutboxList.Attempts] = attempts,
                    [OutboxList.LastError] = e.Message.Length > 4000 ? e.Message[..4000] : e.Message,
                    [OutboxList.Status] = poison ? "Poison" : "Pending",
                }, "*", cancellationToken);
                (failed, poisoned) = (failed + 1, poisoned + (poison ? 1 : 0));
            }
        }

        return (written, failed, poisoned);
    }

    private Task WriteAsync(string kind, string payload, CancellationToken cancellationToken) => kind switch
    {
        "VisitReport" => writer.WriteVisitAsync(SubmissionJson.Deserialize<Visit>(payload), cancellationToken),
        "GoalUpdate" => writer.WriteGoalUpdateAsync(SubmissionJson.Deserialize<GoalUpdate>(payload), cancellationToken),
        _ => throw new InvalidFieldValueException($"Unknown outbox kind '{kind}'."),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {SubmissionId} failed (attempt {Attempts}, poison: {Poison})")]
    private static partial void LogEntryFailed(ILogger logger, string submissionId, int attempts, bool poison, Exception exception);
}
