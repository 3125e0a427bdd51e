using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Telemetry;

namespace PartnershipTeams.Application.Retention;

/// <summary>
/// The retention function (daily, 02:00 UTC): removes personal data whose period ended, in the register (SharePoint or
/// the embedded store) and in the operational state (Azure Tables or the embedded store), as RetentionOptions set.
/// </summary>
public sealed class RetentionJob(
    IOptions<RetentionOptions> options,
    RegisterRetention register,
    SubmissionLog submissions,
    ConversationReferences conversations,
    ReminderLedger ledger,
    IRegisterReadiness initializer,
    TimeProvider time) : ITimerJob
{
    public string Name => "retention";

    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var periods = options.Value;
        var now = time.GetUtcNow();
        var removed = new Dictionary<string, int>
        {
            ["written_submissions"] = RetentionOptions.Cutoff(periods.WrittenSubmissions, now) is { } s ? await submissions.ForgetWrittenBeforeAsync(s, cancellationToken) : 0,
            ["inactive_conversations"] = RetentionOptions.Cutoff(periods.InactiveConversations, now) is { } c ? await conversations.ForgetInactiveBeforeAsync(c, cancellationToken) : 0,
            ["reminder_ledger"] = RetentionOptions.Cutoff(periods.ReminderLedger, now) is { } r ? await ledger.ForgetBeforeAsync(r, cancellationToken) : 0,
        };

        var registerReady = await initializer.EnsureReadyAsync(cancellationToken);
        if (registerReady)
        {
            foreach (var (kind, count) in await register.ApplyAsync(periods, cancellationToken))
            {
                removed[kind] = count;
            }
        }

        foreach (var (kind, count) in removed)
        {
            PartnershipMetrics.RetentionRemoved(kind, count);
        }

        var counted = string.Join(", ", removed.Select(r => $"{r.Key} {r.Value}"));
        return [registerReady ? $"removed at the end of their retention: {counted}" : $"removed at the end of their retention: {counted}; the list store cannot be reached, the register waits for the next run"];
    }
}
