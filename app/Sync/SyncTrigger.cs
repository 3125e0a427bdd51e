using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Jobs;

namespace PartnershipTeams.Application.Sync;

/// <summary>
/// Runs the sync soon after change notifications arrive: notifications within the debounce window are
/// gathered into one run, so a burst of edits in SharePoint costs one sync, not one per edit.
/// </summary>
public sealed partial class SyncTrigger(TimerJobRunner runner, IOptions<NotificationOptions> options, TimeProvider time, ILogger<SyncTrigger> logger) : BackgroundService
{
    private readonly Channel<string> requests = Channel.CreateBounded<string>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    private long requested;

    /// <summary>How many notifications have asked for a sync since the app started.</summary>
    public long Requested => Interlocked.Read(ref requested);

    /// <summary>Asks for a sync because a list changed; never blocks the caller.</summary>
    public void Request(string list)
    {
        Interlocked.Increment(ref requested);
        requests.Writer.TryWrite(list);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await requests.Reader.WaitToReadAsync(stoppingToken))
        {
            await Task.Delay(options.Value.Debounce, time, stoppingToken);
            var lists = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (requests.Reader.TryRead(out var list))
            {
                lists.Add(list);
            }

            var names = string.Join(", ", lists);
            LogTriggered(logger, names);
            try
            {
                await runner.RunAsync("sync", stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change notifications for {Lists}: running the sync")]
    private static partial void LogTriggered(ILogger logger, string lists);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sync after change notifications failed; the timer will catch up")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
