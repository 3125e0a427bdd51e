using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Mapping;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>A submitted goal update: checked against the user's own goals, accepted into the outbox, confirmed.</summary>
public sealed class GoalSubmitAction(OwnGoals goals, ConversationDirectory directory, OutboxWriter outbox, TimeProvider time) : ICardAction
{
    public string Verb => GoalUpdateCard.SubmitVerb;

    public async Task HandleAsync(Turn turn, JsonObject data, CancellationToken cancellationToken)
    {
        var submissionId = (string?)data["submissionId"] ?? Guid.NewGuid().ToString("N");
        var values = CardValues.From(data);
        var reporter = await directory.EmailOfAsync(turn.Activity, cancellationToken);
        var mine = await goals.LoadAsync(reporter, cancellationToken);
        var problems = new List<ValidationError>();
        decimal? current = null;
        if (values.TryGetValue(GoalUpdateFields.Current, out var currentText) && !string.IsNullOrWhiteSpace(currentText))
        {
            if (decimal.TryParse(currentText.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                current = parsed;
            }
            else
            {
                problems.Add(new ValidationError(GoalUpdateFields.Current, ValidationCode.InvalidNumber));
            }
        }

        var draft = new GoalUpdateDraft(
            int.TryParse(values.GetValueOrDefault(GoalUpdateFields.Goal), NumberStyles.None, CultureInfo.InvariantCulture, out var goalId) ? goalId : null,
            Enum.TryParse<GoalStatus>(values.GetValueOrDefault(GoalUpdateFields.Status), out var status) ? status : null,
            current,
            values.GetValueOrDefault(GoalUpdateFields.Comment));
        var result = GoalUpdateValidator.Validate(draft, mine.Select(g => g.Id).ToHashSet(), reporter, time.GetUtcNow(), submissionId);
        var errors = problems.Concat(result.Errors).ToList();
        if (errors.Count > 0 || result.Value is null)
        {
            await turn.ShowCardAsync(GoalUpdateCard.Build(turn.Texts, mine, submissionId, values, errors), cancellationToken);
            return;
        }

        var goalTitle = mine.First(g => g.Id == result.Value.GoalId).Title;
        await outbox.AcceptAsync("GoalUpdate", submissionId, goalTitle, reporter, SubmissionJson.Serialize(result.Value), cancellationToken);
        await turn.ShowCardAsync(GoalUpdateCard.Confirmation(turn.Texts, goalTitle, result.Value), cancellationToken);
    }
}
