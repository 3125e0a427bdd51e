using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The visit report form; shown again with the user's values and each problem under its field.</summary>
public static class VisitReportCard
{
    public const string SubmitVerb = "visit.submit";
    public const int FollowUpSlots = 3;
    public const int CostSlots = 4;

    public static JsonObject Build(
        BotTexts texts,
        IReadOnlyList<(int Id, string Title)> partners,
        string submissionId,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<ValidationError> errors)
    {
        var form = new CardForm(texts, values, errors);
        form.Heading(texts.VisitFormTitle);
        form.Add(CardJson.Text(texts.VisitFormIntro, isSubtle: true));
        AddVisitFields(form, texts, partners);

        for (var n = 1; n <= FollowUpSlots; n++)
        {
            form.Add(CardJson.Text($"{texts.FollowUpHeading} {n}", weight: "bolder"));
            form.Field(CardJson.TextInput(VisitFields.FollowUp(n, "Title"), texts.FollowUpTitleLabel, form.Value(VisitFields.FollowUp(n, "Title")), maxLength: 255));
            form.Field(CardJson.TextInput(VisitFields.FollowUp(n, "Owner"), texts.FollowUpOwnerLabel, form.Value(VisitFields.FollowUp(n, "Owner"))));
            form.Field(CardJson.DateInput(VisitFields.FollowUp(n, "Due"), texts.FollowUpDueLabel, form.Value(VisitFields.FollowUp(n, "Due"))));
            form.Field(CardJson.ChoiceInput(VisitFields.FollowUp(n, "Theme"), texts.FollowUpThemeLabel, Choices<ThematicArea>(texts), form.Value(VisitFields.FollowUp(n, "Theme")), placeholder: texts.SameAsTheVisit));
            form.Field(CardJson.TextInput(VisitFields.FollowUp(n, "Organisation"), texts.FollowUpOrganisationLabel, form.Value(VisitFields.FollowUp(n, "Organisation")), maxLength: 255, placeholder: texts.SameAsTheVisit));
        }

        var data = new JsonObject { [CardDataKeys.SubmissionId] = submissionId };
        return CardJson.Card(form.Body, [CardJson.Submit(texts.SubmitVisit, SubmitVerb, data, primary: true)]);
    }

    /// <summary>The visit's own fields, title to costs: the report form and the correction form (<see cref="VisitCorrectionCard"/>) alike.</summary>
    internal static void AddVisitFields(CardForm form, BotTexts texts, IReadOnlyList<(int Id, string Title)> partners)
    {
        var required = form.Required;
        form.Field(CardJson.TextInput(VisitFields.Title, texts.VisitTitleLabel, form.Value(VisitFields.Title), requiredMessage: required, maxLength: 255));
        form.Field(CardJson.ChoiceInput(VisitFields.Partner, texts.PartnerLabel, partners.Select(p => (p.Title, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), form.Value(VisitFields.Partner), requiredMessage: required));
        form.Field(CardJson.ChoiceInput(VisitFields.Direction, texts.DirectionLabel, Choices<VisitDirection>(texts), form.Value(VisitFields.Direction) ?? nameof(VisitDirection.Outgoing), requiredMessage: required, expanded: true));
        form.Field(CardJson.DateInput(VisitFields.Start, texts.StartLabel, form.Value(VisitFields.Start), requiredMessage: required));
        form.Field(CardJson.DateInput(VisitFields.End, texts.EndLabel, form.Value(VisitFields.End), requiredMessage: required));
        form.Field(CardJson.TextInput(VisitFields.Organisations, texts.OrganisationsLabel, form.Value(VisitFields.Organisations), multiline: true));
        form.Field(CardJson.TextInput(VisitFields.Participants, texts.ParticipantsLabel, form.Value(VisitFields.Participants), multiline: true));
        form.Field(CardJson.TextInput(VisitFields.Purpose, texts.PurposeLabel, form.Value(VisitFields.Purpose), requiredMessage: required, multiline: true));
        form.Field(CardJson.ChoiceInput(VisitFields.Themes, texts.ThemesLabel, Choices<ThematicArea>(texts), form.Value(VisitFields.Themes), requiredMessage: required, multiSelect: true));
        form.Field(CardJson.ChoiceInput(VisitFields.DemocracyDialogue, texts.DemocracyLabel, Choices<DemocracyDialogue>(texts), form.Value(VisitFields.DemocracyDialogue), requiredMessage: required, expanded: true));
        form.Field(CardJson.TextInput(VisitFields.DemocracyDialogueNote, texts.DemocracyNoteLabel, form.Value(VisitFields.DemocracyDialogueNote), multiline: true));
        form.Field(CardJson.TextInput(VisitFields.Outcomes, texts.OutcomesLabel, form.Value(VisitFields.Outcomes), multiline: true));

        // Each organisation pays its own share: one row each, the amount in kronor in a number input.
        form.Add(CardJson.Text(texts.CostsHeading, weight: "bolder"));
        form.Add(CardJson.Text(texts.CostsIntro, isSubtle: true));
        if (form.Value(VisitFields.Costs) is { Length: > 0 })
        {
            // A report from a card sent before costs had rows: its costs stay, in the field they were typed in.
            form.Field(CardJson.TextInput(VisitFields.Costs, texts.CostsHeading, form.Value(VisitFields.Costs), multiline: true));
        }

        for (var n = 1; n <= CostSlots; n++)
        {
            form.Field(CardJson.TextInput(VisitFields.Cost(n, "Organisation"), texts.CostOrganisationLabel(n), form.Value(VisitFields.Cost(n, "Organisation")), maxLength: 255));
            form.Field(CardJson.NumberInput(VisitFields.Cost(n, "Amount"), texts.CostAmountLabel, form.Value(VisitFields.Cost(n, "Amount")), min: 0, max: (double)RegisterBounds.Default.MaxCostPerOrganisationSek));
        }
    }

    private static IEnumerable<(string Title, string Value)> Choices<TEnum>(BotTexts texts)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (texts.Domain.Label(v), v.ToString()));
}
