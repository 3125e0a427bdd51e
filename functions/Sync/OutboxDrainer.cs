using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Schema.Mapping;

namespace PartnershipTeams.Functions.Sync;

/// <summary>
/// Moves accepted submissions from the outbox into the register, exactly once each. An entry is marked done
/// only after everything it causes is written; a failing entry is retried on later runs and, after
/// <see cref="MaxAttempts"/>, kept aside as poison (never deleted) for a person to look at. Two instances may drain
/// at once: every status change is made on the entry as it is now, so an entry another instance finished stays done.
/// </summary>
public sealed partial class OutboxDrainer(IListStore store, SubmissionWriter writer, ILogger<OutboxDrainer> logger)
{
    public const int MaxAttempts = 5;
    private const string Pending = "Pending";

    public async Task<(int Written, int Failed, int Poisoned)> DrainAsync(CancellationToken cancellationToken)
    {
        var pending = await store.QueryAsync(OutboxList.Name, ListQuery.WhereEquals(OutboxList.Status, Pending), cancellationToken);
        var (written, failed, poisoned) = (0, 0, 0);
        foreach (var entry in pending)
        {
            Exception? failure = null;
            try
            {
                await WriteAsync(entry.Text(OutboxList.Kind)!, entry.Text(OutboxList.Payload)!, cancellationToken);
            }
            catch (ListStoreUnavailableException)
            {
                throw;
            }
            catch (Exception e) when (e is ListStoreException or System.Text.Json.JsonException)
            {
                failure = e;
            }

            if (failure is null)
            {
                // Written (now or by another instance): done, unless another instance already says so.
                await store.UpdateCurrentAsync(OutboxList.Name, entry, current => IsPending(current)
                    ? new Dictionary<string, object?> { [OutboxList.Status] = "Done" }
                    : null, cancellationToken);
                written++;
                continue;
            }

            var poison = false;
            var attempts = 0;
            var finishedElsewhere = false;
            await store.UpdateCurrentAsync(OutboxList.Name, entry, current =>
            {
                finishedElsewhere = !IsPending(current);
                if (finishedElsewhere)
                {
                    return null;
                }

                attempts = (int)(current.Number(OutboxList.Attempts) ?? 0) + 1;
                poison = attempts >= MaxAttempts;
                return new Dictionary<string, object?>
                {
                    [OutboxList.Attempts] = attempts,
                    [OutboxList.LastError] = failure.Message.Length > 4000 ? failure.Message[..4000] : failure.Message,
                    [OutboxList.Status] = poison ? "Poison" : Pending,
                };
            }, cancellationToken);
            if (finishedElsewhere)
            {
                continue;
            }

            LogEntryFailed(logger, entry.Text(OutboxList.SubmissionId) ?? "?", attempts, poison, failure);
            (failed, poisoned) = (failed + 1, poisoned + (poison ? 1 : 0));
        }

        return (written, failed, poisoned);
    }

    private static bool IsPending(ListItem entry) => entry.Text(OutboxList.Status) == Pending;

    private Task WriteAsync(string kind, string payload, CancellationToken cancellationToken) => kind switch
    {
        "VisitReport" => writer.WriteVisitAsync(SubmissionJson.Deserialize<Visit>(payload), cancellationToken),
        "GoalUpdate" => writer.WriteGoalUpdateAsync(SubmissionJson.Deserialize<GoalUpdate>(payload), cancellationToken),
        _ => throw new InvalidFieldValueException($"Unknown outbox kind '{kind}'."),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {SubmissionId} failed (attempt {Attempts}, poison: {Poison})")]
    private static partial void LogEntryFailed(ILogger logger, string submissionId, int attempts, bool poison, Exception exception);
}
