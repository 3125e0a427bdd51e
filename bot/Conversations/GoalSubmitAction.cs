using System.Globalization;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>A submitted goal update: checked against the user's own goals, accepted into the outbox, confirmed.</summary>
public sealed class GoalSubmitAction(OwnGoals goals, ConversationDirectory directory, SubmissionIntake intake, TimeProvider time) : ICardAction
{
    public string Verb => GoalUpdateCard.SubmitVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var submissionId = CardData.SubmissionIdOf(card);
        var values = CardValues.From(card);
        var reporter = await directory.EmailOfAsync(turn, cancellationToken);
        var mine = await goals.LoadAsync(reporter, cancellationToken);
        var problems = new List<ValidationError>();
        decimal? current = null;
        if (values.TryGetValue(GoalUpdateFields.Current, out var currentText) && !string.IsNullOrWhiteSpace(currentText))
        {
            if (SwedishNumber.TryParse(currentText, out var parsed))
            {
                current = parsed;
            }
            else
            {
                problems.Add(new ValidationError(GoalUpdateFields.Current, ValidationCode.InvalidNumber));
            }
        }

        var statusText = values.GetValueOrDefault(GoalUpdateFields.Status);
        GoalStatus? status = ChoiceValue.TryParse<GoalStatus>(statusText, out var chosen) ? chosen : null;
        if (status is null && !string.IsNullOrEmpty(statusText))
        {
            problems.Add(new ValidationError(GoalUpdateFields.Status, ValidationCode.UnknownChoice));
        }

        var draft = new GoalUpdateDraft(
            int.TryParse(values.GetValueOrDefault(GoalUpdateFields.Goal), NumberStyles.None, CultureInfo.InvariantCulture, out var goalId) ? goalId : null,
            status,
            current,
            values.GetValueOrDefault(GoalUpdateFields.Comment));
        var titles = mine.ToDictionary(g => g.Id, GoalUpdateCard.TitleOf);
        var result = GoalUpdateValidator.Validate(draft, mine.ToDictionary(g => g.Id, g => g.Value), reporter, time.GetUtcNow(), submissionId);
        var errors = problems.Concat(result.Errors.Where(e => problems.All(p => p.Field != e.Field))).ToList();
        if (errors.Count > 0 || result.Value is null)
        {
            PartnershipMetrics.SubmissionRefused(SubmissionKind.GoalUpdate, "invalid");
            await turn.ShowCardAsync(GoalUpdateCard.Build(turn.Texts, mine, submissionId, values, errors), cancellationToken);
            return;
        }

        var payload = SubmissionJson.Serialize(result.Value);
        var stored = await intake.AcceptAsync(SubmissionKind.GoalUpdate, submissionId, titles[result.Value.GoalId], reporter, payload, cancellationToken);
        var update = stored.Payload == payload ? result.Value : SubmissionJson.Deserialize<GoalUpdate>(stored.Payload);
        await turn.ShowCardAsync(GoalUpdateCard.Confirmation(turn.Texts, titles.GetValueOrDefault(update.GoalId, stored.Title), update, SubmissionState.Describe(turn.Texts, stored.Status), submissionId, [turn.User.Id]), cancellationToken);
    }
}
