using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// Without the Functions host, the app takes submissions off the queue itself (the in-process queue on a laptop,
/// the Azure Storage queue when configured), a few at a time, and hands each to the same processor the host's
/// queue trigger calls.
/// </summary>
public sealed partial class QueuedSubmissionConsumer(IQueuedSubmissionSource source, SubmissionProcessor processor, ILogger<QueuedSubmissionConsumer> logger) : BackgroundService
{
    /// <summary>Submissions written at once: the register (SharePoint) answers in hundreds of milliseconds.</summary>
    public const int Workers = 4;

    private static readonly TimeSpan PauseAfterTrouble = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => ConsumeAsync(stoppingToken)));

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var message = await source.ReceiveAsync(stoppingToken);
                var result = await processor.ProcessAsync(message.SubmissionId, message.DequeueCount, stoppingToken);
                await (result == SubmissionResult.TryAgain ? message.AbandonAsync(stoppingToken) : message.CompleteAsync(stoppingToken));
            }
            catch (ListStoreUnavailableException e)
            {
                // The queue or the state store is out of reach: wait, then carry on; nothing acknowledged is lost.
                LogTrouble(logger, e);
                await Task.Delay(PauseAfterTrouble, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The submission queue or the operational state could not be used; trying again shortly")]
    private static partial void LogTrouble(ILogger logger, Exception exception);
}
