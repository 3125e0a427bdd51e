using System.Globalization;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>A submitted goal update: checked against the user's own goals, accepted into the outbox, confirmed.</summary>
public sealed class GoalSubmitAction(OwnGoals goals, ConversationDirectory directory, SubmissionIntake intake, SubmissionConfirmations confirmations, TimeProvider time) : ICardAction
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
            PartnershipMetrics.SubmissionRefused(SubmissionTypes.GoalUpdate.Kind, "invalid");
            await turn.ShowCardAsync(GoalUpdateCard.Build(turn.Texts, mine, submissionId, values, errors), cancellationToken);
            return;
        }

        var accepted = await intake.AcceptOnceAsync(SubmissionTypes.GoalUpdate, submissionId, titles[result.Value.GoalId], reporter, result.Value, cancellationToken)
            ?? throw new MalformedTurnException("The card's submission id belongs to another kind of submission.");
        await turn.ShowCardAsync((await confirmations.CardAsync(turn, accepted.Stored, cancellationToken))!, cancellationToken);
    }
}
