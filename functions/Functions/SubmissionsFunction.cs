using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using PartnershipTeams.Application.Submissions;

namespace PartnershipTeams.Functions.Functions;

/// <summary>
/// The function "submissions": a submission id from the queue pt-submissions, written to the register exactly once. A
/// delivery that must be tried again fails the invocation: the host delivers the message again and, after host.json's
/// maxDequeueCount, moves it to pt-submissions-poison; the app keeps it as poison in its log before that.
/// </summary>
public sealed class SubmissionsFunction(SubmissionProcessor processor)
{
    public const string Queue = "pt-submissions";

    [Function("submissions")]
    public async Task RunAsync([QueueTrigger(Queue, Connection = "AzureWebJobsStorage")] string submissionId, FunctionContext context)
    {
        var result = await processor.ProcessAsync(submissionId.Trim(), DeliveriesOf(context), context.CancellationToken);
        if (result == SubmissionResult.TryAgain)
        {
            throw new SubmissionNotWrittenException(submissionId);
        }
    }

    /// <summary>How often the queue delivered the message (the trigger's DequeueCount), or 0 when it does not say.</summary>
    public static int DeliveriesOf(FunctionContext context) =>
        context.BindingContext.BindingData.TryGetValue("DequeueCount", out var count)
        && int.TryParse(Convert.ToString(count, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var deliveries)
            ? deliveries
            : 0;
}
