using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The goal update form over the user's own goals; shown again with values and problems when invalid.</summary>
public static class GoalUpdateCard
{
    public const string SubmitVerb = "goal.submit";

    public static JsonObject Build(
        BotTexts texts,
        IReadOnlyList<Stored<Goal>> goals,
        string submissionId,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<ValidationError> errors)
    {
        var form = new CardForm(texts, values, errors);
        var required = form.Required;
        form.Heading(texts.GoalFormTitle);

        var goalChoices = goals.Select(g => ($"{TitleOf(g)} ({texts.Domain.Label(g.Value.Status)})", g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        form.Field(CardJson.ChoiceInput(GoalUpdateFields.Goal, texts.GoalLabel, goalChoices, form.Value(GoalUpdateFields.Goal), requiredMessage: required));
        var statuses = Enum.GetValues<GoalStatus>().Select(s => (texts.Domain.Label(s), s.ToString()));
        form.Field(CardJson.ChoiceInput(GoalUpdateFields.Status, texts.StatusLabel, statuses, form.Value(GoalUpdateFields.Status), requiredMessage: required, expanded: true));
        form.Field(CardJson.NumberInput(GoalUpdateFields.Current, texts.CurrentLabel, form.Value(GoalUpdateFields.Current)));
        form.Field(CardJson.TextInput(GoalUpdateFields.Comment, texts.CommentLabel, form.Value(GoalUpdateFields.Comment), multiline: true, maxLength: 4000));
        return CardJson.Card(form.Body, [CardJson.Submit(texts.SubmitGoal, SubmitVerb, new JsonObject { [CardDataKeys.SubmissionId] = submissionId }, primary: true)]);
    }

    /// <summary>How a goal is named to the user: its title, or its number when a manager left the title empty.</summary>
    public static string TitleOf(Stored<Goal> goal) =>
        goal.Value.Title.Length > 0 ? goal.Value.Title : $"#{goal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public const string RefreshVerb = "goal.refresh";

    /// <summary>The confirmation; with a submission id it refreshes for the reporter, showing where the update stands.</summary>
    public static JsonObject Confirmation(BotTexts texts, string goalTitle, GoalUpdate update, string? status = null, string? submissionId = null, IEnumerable<string?>? refreshFor = null)
    {
        var facts = new List<(string, string)>
        {
            (texts.GoalLabel, Markdown.Escape(goalTitle)),
            (texts.StatusLabel, texts.Domain.Label(update.Status)),
        };
        if (update.Current is { } current)
        {
            facts.Add((texts.CurrentLabel, current.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (update.Comment is { } comment)
        {
            facts.Add((texts.CommentLabel, Markdown.Escape(comment)));
        }

        List<JsonNode> body = [CardJson.Heading(texts.GoalReceivedTitle), CardJson.Text(texts.GoalReceivedBody), CardJson.Facts(facts)];
        if (status is not null)
        {
            body.Add(CardJson.Text(status, weight: "bolder"));
        }

        var card = CardJson.Card(body);
        return submissionId is null ? card : CardJson.WithRefresh(card, RefreshVerb, new JsonObject { ["submissionId"] = submissionId }, refreshFor ?? []);
    }
}
