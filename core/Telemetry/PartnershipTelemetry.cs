using System.Diagnostics;
using System.Reflection;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Core.Telemetry;

/// <summary>
/// The app's own spans, from one <see cref="ActivitySource"/>: a turn per inbound Teams activity, a run per timer job,
/// a write per queued submission. The HTTP calls to Graph and the Bot Connector made meanwhile become their children.
/// Attributes name kinds and outcomes, never a person: ids that must be correlated go in as <see cref="Pseudonym"/>s.
/// </summary>
public static class PartnershipTelemetry
{
    /// <summary>The name of the activity source and of the meter (<see cref="PartnershipMetrics"/>).</summary>
    public const string Name = "PartnershipTeams";

    /// <summary>The product version, without build metadata.</summary>
    public static string Version { get; } =
        (typeof(PartnershipTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];

    internal static ActivitySource Source { get; } = new(Name, Version);

    /// <summary>One inbound Teams activity ("turn message", "turn invoke", …); the conversation as a pseudonym.</summary>
    public static Activity? StartTurn(string activityType, ConversationScope scope, string conversationId)
    {
        var activity = Source.StartActivity($"turn {activityType}", ActivityKind.Internal);
        activity?.SetTag(TelemetryAttributes.ActivityType, activityType);
        activity?.SetTag(TelemetryAttributes.ConversationScope, PartnershipMetrics.Value(scope));
        activity?.SetTag(TelemetryAttributes.Conversation, Pseudonym.Of(conversationId));
        return activity;
    }

    /// <summary>Says what the current turn turned out to be: a command's name or a card action's verb (never what was typed).</summary>
    public static void TagTurn(string handledAs)
    {
        if (Activity.Current is { Source.Name: Name } turn)
        {
            turn.SetTag(TelemetryAttributes.TurnHandledAs, handledAs);
        }

        PartnershipMetrics.Turns.Add(1, new KeyValuePair<string, object?>(TelemetryAttributes.TurnHandledAs, handledAs));
    }

    /// <summary>One run of a timer job ("job sync", "job reminders", …).</summary>
    public static Activity? StartJob(string job)
    {
        var activity = Source.StartActivity($"job {job}", ActivityKind.Internal);
        activity?.SetTag(TelemetryAttributes.JobName, job);
        return activity;
    }

    /// <summary>Writing one queued submission into the register (its id is random, not a person's).</summary>
    public static Activity? StartSubmissionWrite(string submissionId, int deliveries)
    {
        var activity = Source.StartActivity("submission write", ActivityKind.Consumer);
        activity?.SetTag(TelemetryAttributes.SubmissionId, submissionId);
        activity?.SetTag(TelemetryAttributes.Deliveries, deliveries);
        return activity;
    }

    /// <summary>Marks a span as failed with a kind of error (a type name, not a message that could hold user data).</summary>
    public static void Fail(this Activity? activity, string errorType)
    {
        activity?.SetStatus(ActivityStatusCode.Error);
        activity?.SetTag(TelemetryAttributes.ErrorType, errorType);
    }
}
