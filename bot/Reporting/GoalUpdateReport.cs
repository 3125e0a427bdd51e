using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Reporting;

/// <summary>"uppdatera mål" / "update goal": the goal update form over the user's own goals, checked against them, and its confirmation.</summary>
public sealed class GoalUpdateReport(OwnGoals goals, ConversationDirectory directory) : ReportForm<GoalUpdate>(SubmissionTypes.GoalUpdate)
{
    public override string SubmitVerb => GoalUpdateCard.SubmitVerb;

    public override string RefreshVerb => GoalUpdateCard.RefreshVerb;

    public override async Task OpenAsync(Turn turn, CancellationToken cancellationToken)
    {
        var mine = await goals.LoadAsync(await directory.EmailOfAsync(turn, cancellationToken), cancellationToken);
        if (mine.Count == 0)
        {
            await turn.SayAsync(turn.Texts.NoGoals, cancellationToken);
            return;
        }

        await turn.SendCardAsync(GoalUpdateCard.Build(turn.Texts, mine, CardData.NewSubmissionId(), new Dictionary<string, string>(), []), cancellationToken);
    }

    protected override async Task<JsonObject> FormAsync(Turn turn, string submissionId, IReadOnlyDictionary<string, string> values, IReadOnlyList<ValidationError> errors, CancellationToken cancellationToken) =>
        GoalUpdateCard.Build(turn.Texts, await goals.LoadAsync(await directory.EmailOfAsync(turn, cancellationToken), cancellationToken), submissionId, values, errors);

    protected override async Task<(ValidationResult<GoalUpdate> Result, string Title)> ReadAsync(Turn turn, FormSubmission submission, CancellationToken cancellationToken)
    {
        var mine = await goals.LoadAsync(submission.Reporter, cancellationToken);
        var form = new FormReader(submission.Values);
        var current = form.Number(GoalUpdateFields.Current);
        var draft = new GoalUpdateDraft(form.ItemId(GoalUpdateFields.Goal), form.Choice<GoalStatus>(GoalUpdateFields.Status), current, form.Text(GoalUpdateFields.Comment));
        var result = form.Checked(GoalUpdateValidator.Validate(draft, mine.ToDictionary(g => g.Id, g => g.Value), submission.Reporter, submission.At, submission.SubmissionId));
        var title = result.Value is { } update ? mine.Where(g => g.Id == update.GoalId).Select(GoalUpdateCard.TitleOf).First() : string.Empty;
        return (result, title);
    }

    protected override async Task<JsonObject> ConfirmationAsync(Turn turn, AcceptedSubmission stored, GoalUpdate update, string status, CancellationToken cancellationToken)
    {
        var title = (await goals.LoadAsync(stored.ReportedBy, cancellationToken)).Where(g => g.Id == update.GoalId).Select(GoalUpdateCard.TitleOf).FirstOrDefault() ?? stored.Title;
        return GoalUpdateCard.Confirmation(turn.Texts, title, update, status);
    }
}
