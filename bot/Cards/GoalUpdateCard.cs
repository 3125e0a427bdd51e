using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The goal update form over the user's own goals; shown again with values and problems when invalid.</summary>
public static class GoalUpdateCard
{
    public const string SubmitVerb = "goal.submit";

    /// <summary>Choosing a goal among several: the form for that goal, pre-filled.</summary>
    public const string ChooseVerb = "goal.choose";

    /// <summary>
    /// The form for one goal (the only one, or the one chosen: <see cref="GoalUpdateFields.Goal"/> in
    /// <paramref name="values"/>), its status and current value pre-filled with the goal's own, so the user changes what
    /// moved; with several goals and none chosen, the goals with a button each to choose one.
    /// </summary>
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
        var chosen = goals.FirstOrDefault(g => g.Id.ToString(CultureInfo.InvariantCulture) == form.Value(GoalUpdateFields.Goal))
            ?? (goals.Count == 1 ? goals[0] : null);
        if (chosen is null)
        {
            return ChooseAmong(texts, form, goals);
        }

        // What the user reports against: the goal's indicator, target, where it stands and when it is next reviewed.
        form.Add(CardJson.Container([CardJson.Text(Markdown.Escape(TitleOf(chosen)), weight: "bolder"), CardJson.Facts(Details(texts, chosen.Value))], separator: true));
        var id = chosen.Id.ToString(CultureInfo.InvariantCulture);
        form.Field(CardJson.ChoiceInput(GoalUpdateFields.Goal, texts.GoalLabel, [($"{TitleOf(chosen)} ({texts.Domain.Label(chosen.Value.Status)})", id)], id, requiredMessage: required));
        var statuses = Enum.GetValues<GoalStatus>().Select(s => (texts.Domain.Label(s), s.ToString()));
        form.Field(CardJson.ChoiceInput(GoalUpdateFields.Status, texts.StatusLabel, statuses, form.Value(GoalUpdateFields.Status) ?? chosen.Value.Status.ToString(), requiredMessage: required, expanded: true));

        // A text input, read the Swedish way ("26 500", "37,5"): a number field would empty itself on what a Swede types.
        var current = form.Value(GoalUpdateFields.Current) ?? (chosen.Value.Current is { } value ? Kronor.Number((double)value) : null);
        form.Field(CardJson.TextInput(GoalUpdateFields.Current, texts.CurrentLabel, current, maxLength: SwedishNumber.MaxLength));
        form.Field(CardJson.TextInput(GoalUpdateFields.Comment, texts.CommentLabel, form.Value(GoalUpdateFields.Comment), multiline: true, maxLength: GoalUpdatesList.Schema.FindColumn(GoalUpdatesList.Comment)!.MaxLength));
        return CardJson.Card(form.Body, [CardJson.Submit(texts.SubmitGoal, SubmitVerb, new JsonObject { [CardDataKeys.SubmissionId] = submissionId }, primary: true)]);
    }

    /// <summary>Several goals: each with where it stands and a button that opens the form for it.</summary>
    private static JsonObject ChooseAmong(BotTexts texts, CardForm form, IReadOnlyList<Stored<Goal>> goals)
    {
        form.Add(CardJson.Text(texts.GoalChooseIntro, isSubtle: true));
        foreach (var goal in goals)
        {
            form.Add(CardJson.Container([CardJson.Text(Markdown.Escape(TitleOf(goal)), weight: "bolder"), CardJson.Facts(Details(texts, goal.Value))], separator: true));
            form.Add(CardJson.Actions([CardJson.Submit(texts.ChooseGoal, ChooseVerb, new JsonObject { [GoalUpdateFields.Goal] = goal.Id.ToString(CultureInfo.InvariantCulture) })]));
        }

        return CardJson.Card(form.Body);
    }

    private static IEnumerable<(string, string)> Details(BotTexts texts, Goal goal)
    {
        if (goal.Indicator.Length > 0)
        {
            yield return (texts.IndicatorLabel, Markdown.Escape(goal.Indicator));
        }

        if (goal.Target is { } target)
        {
            yield return (texts.TargetLabel, IndicatorValues.Format(goal.IndicatorKind, target));
        }

        if (goal.Current is { } current)
        {
            yield return (texts.CurrentLabel, IndicatorValues.Format(goal.IndicatorKind, current));
        }

        yield return (texts.StatusLabel, texts.Domain.Label(goal.Status));
        if (goal.NextReviewDue is { } next)
        {
            yield return (texts.NextReviewLabel, next.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
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
            facts.Add((texts.CurrentLabel, Kronor.Number((double)current)));
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
