using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Telemetry;

namespace PartnershipTeams.Application.Submissions;

/// <summary>
/// Writes one accepted submission into the register, exactly once: however often its queue message is delivered
/// (the queue delivers at least once), and by however many instances at once. A submission that keeps failing is
/// kept aside as poison in the submission log, where the digest and the register browser show it. While the
/// register cannot be reached no attempt is counted: the sync timer queues every pending submission again.
/// </summary>
public sealed partial class SubmissionProcessor(SubmissionLog log, IEnumerable<ISubmissionWriter> writers, TimeProvider time, ILogger<SubmissionProcessor> logger)
{
    private readonly Dictionary<SubmissionKind, ISubmissionWriter> byKind = writers.ToDictionary(w => w.Type.Kind);

    /// <param name="submissionId">The id from the queue message.</param>
    /// <param name="deliveries">How often the queue delivered the message (1 the first time), or 0 when the queue cannot say.</param>
    /// <param name="cancellationToken">Ends the attempt (the message comes back).</param>
    public async Task<SubmissionResult> ProcessAsync(string submissionId, int deliveries, CancellationToken cancellationToken)
    {
        using var span = PartnershipTelemetry.StartSubmissionWrite(submissionId, deliveries);
        var result = await WriteOnceAsync(submissionId, deliveries, cancellationToken);
        span?.SetTag(TelemetryAttributes.SubmissionResult, PartnershipMetrics.Value(result));
        if (result is SubmissionResult.TryAgain or SubmissionResult.Poisoned)
        {
            span.Fail(PartnershipMetrics.Value(result));
        }

        return result;
    }

    private async Task<SubmissionResult> WriteOnceAsync(string submissionId, int deliveries, CancellationToken cancellationToken)
    {
        var submission = await log.FindAsync(submissionId, cancellationToken);
        if (submission is null)
        {
            LogUnknown(logger, submissionId);
            return SubmissionResult.Unknown;
        }

        if (submission.Status != SubmissionStatus.Pending)
        {
            return SubmissionResult.AlreadyHandled;
        }

        if (!byKind.TryGetValue(submission.Kind, out var writer))
        {
            // Nothing here can write it, now or on a later delivery: kept aside at once for a person to look at.
            await log.RecordFailureAsync(submissionId, $"No writer for submissions of kind {submission.Kind}.", lastAttempt: true, cancellationToken);
            LogNoWriter(logger, submissionId);
            PartnershipMetrics.SubmissionPoisoned(submission.Kind);
            return SubmissionResult.Poisoned;
        }

        try
        {
            await writer.WriteAsync(submission, cancellationToken);
        }
        catch (ListStoreUnavailableException e)
        {
            LogRegisterUnavailable(logger, submissionId, e);
            return SubmissionResult.TryAgain;
        }
        catch (Exception e) when (e is ListStoreException or System.Text.Json.JsonException)
        {
            var last = deliveries >= SubmissionLog.MaxAttempts || (deliveries == 0 && submission.Attempts + 1 >= SubmissionLog.MaxAttempts);
            await log.RecordFailureAsync(submissionId, e.Message, last, cancellationToken);
            LogFailed(logger, submissionId, submission.Attempts + 1, last, e);
            if (last)
            {
                PartnershipMetrics.SubmissionPoisoned(submission.Kind);
            }

            return last ? SubmissionResult.Poisoned : SubmissionResult.TryAgain;
        }

        // Written now or by another instance: either way the register holds it.
        if (await log.MarkWrittenAsync(submissionId, cancellationToken))
        {
            PartnershipMetrics.SubmissionWritten(submission.Kind, time.GetUtcNow() - submission.ReceivedAt);
        }

        return SubmissionResult.Written;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Submission {SubmissionId} is of a kind nothing here writes; it is kept aside as poison")]
    private static partial void LogNoWriter(ILogger logger, string submissionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queued submission {SubmissionId} is not in the submission log; nothing to write")]
    private static partial void LogUnknown(ILogger logger, string submissionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId} waits: the register cannot be reached")]
    private static partial void LogRegisterUnavailable(ILogger logger, string submissionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId} failed (attempt {Attempt}, kept aside as poison: {Poison})")]
    private static partial void LogFailed(ILogger logger, string submissionId, int attempt, bool poison, Exception exception);
}

/// <summary>What became of a queued submission, and so whether its message is done with.</summary>
public enum SubmissionResult
{
    /// <summary>The register holds it now.</summary>
    Written,

    /// <summary>It was written (or set aside) before: the message was delivered again.</summary>
    AlreadyHandled,

    /// <summary>No such submission: nothing to do.</summary>
    Unknown,

    /// <summary>It failed this time; the message should come back.</summary>
    TryAgain,

    /// <summary>It failed for the last time and is kept aside in the log.</summary>
    Poisoned,
}
