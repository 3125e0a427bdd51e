using System.Text.Json.Nodes;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Reporting;

/// <summary>
/// A kind reported through a form card, of payload <typeparamref name="T"/>: a subclass says what its form shows, how
/// its values read (in core, where the kind's rules are) and what its confirmation shows; accepting once, refusing with
/// the form kept, and the confirmation's refresh are done here, the same for every kind.
/// </summary>
public abstract class ReportForm<T>(SubmissionType<T> type) : IReportForm
    where T : class
{
    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    public ISubmissionType Type => type;

    public virtual string SubmitVerb => $"{type.Kind.Name}.submit";

    public virtual string RefreshVerb => $"{type.Kind.Name}.refresh";

    public virtual async Task OpenAsync(Turn turn, CancellationToken cancellationToken) =>
        await turn.SendCardAsync(await FormAsync(turn, CardData.NewSubmissionId(), Empty, [], cancellationToken), cancellationToken);

    public async Task<AcceptedSubmission?> AcceptAsync(Turn turn, SubmissionIntake intake, FormSubmission submission, CancellationToken cancellationToken)
    {
        var (result, title) = await ReadAsync(turn, submission, cancellationToken);
        if (!result.IsValid)
        {
            PartnershipMetrics.SubmissionRefused(type.Kind, "invalid");
            await turn.ShowCardAsync(await FormAsync(turn, submission.SubmissionId, submission.Values, result.Errors, cancellationToken), cancellationToken);
            return null;
        }

        var accepted = await intake.AcceptOnceAsync(type, submission.SubmissionId, title, submission.Reporter, result.Value!, cancellationToken)
            ?? throw new MalformedTurnException("The card's submission id belongs to another kind of submission.");
        return accepted.Stored;
    }

    public async Task<JsonObject> ConfirmationAsync(Turn turn, AcceptedSubmission stored, string status, CancellationToken cancellationToken)
    {
        var card = await ConfirmationAsync(turn, stored, type.PayloadOf(stored), status, cancellationToken);
        return CardJson.WithRefresh(card, RefreshVerb, new JsonObject { [CardDataKeys.SubmissionId] = stored.Id }, [turn.User.Id]);
    }

    /// <summary>The form under <paramref name="submissionId"/>, with <paramref name="values"/> kept and each of <paramref name="errors"/> on its field.</summary>
    protected abstract Task<JsonObject> FormAsync(Turn turn, string submissionId, IReadOnlyDictionary<string, string> values, IReadOnlyList<ValidationError> errors, CancellationToken cancellationToken);

    /// <summary>The submitted values read and checked, and the title the submission log shows for it.</summary>
    protected abstract Task<(ValidationResult<T> Result, string Title)> ReadAsync(Turn turn, FormSubmission submission, CancellationToken cancellationToken);

    /// <summary>What the reporter is shown of <paramref name="payload"/> as stored, and <paramref name="status"/>; the refresh is added here.</summary>
    protected abstract Task<JsonObject> ConfirmationAsync(Turn turn, AcceptedSubmission stored, T payload, string status, CancellationToken cancellationToken);
}
