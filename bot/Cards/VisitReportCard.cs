using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The visit report form; shown again with the user's values and each problem under its field.</summary>
public static class VisitReportCard
{
    public const string SubmitVerb = "visit.submit";
    public const int FollowUpSlots = 3;

    public static JsonObject Build(
        BotTexts texts,
        IReadOnlyList<(int Id, string Title)> partners,
        string submissionId,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<ValidationError> errors)
    {
        var english = texts.IsEnglish;
        var required = ValidationTexts.Describe(new ValidationError(string.Empty, ValidationCode.Required), english);
        var body = new List<JsonNode> { CardJson.Heading(texts.VisitFormTitle), CardJson.Text(texts.VisitFormIntro, isSubtle: true) };
        if (errors.Count > 0)
        {
            body.Add(CardJson.Text(texts.FixErrors, weight: "bolder", color: "attention"));
        }

        void Field(JsonObject input)
        {
            body.Add(input);
            var field = (string)input["id"]!;
            body.AddRange(errors.Where(e => e.Field == field).Select(e => (JsonNode)CardJson.Problem(field, e.Message(english))));
        }

        string? Value(string field) => values.TryGetValue(field, out var v) ? v : null;

        Field(CardJson.TextInput(VisitFields.Title, texts.VisitTitleLabel, Value(VisitFields.Title), requiredMessage: required, maxLength: 255));
        Field(CardJson.ChoiceInput(VisitFields.Partner, texts.PartnerLabel, partners.Select(p => (p.Title, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), Value(VisitFields.Partner), requiredMessage: required));
        Field(CardJson.ChoiceInput(VisitFields.Direction, texts.DirectionLabel, Choices<VisitDirection>(english), Value(VisitFields.Direction) ?? nameof(VisitDirection.Outgoing), requiredMessage: required, expanded: true));
        Field(CardJson.DateInput(VisitFields.Start, texts.StartLabel, Value(VisitFields.Start), requiredMessage: required));
        Field(CardJson.DateInput(VisitFields.End, texts.EndLabel, Value(VisitFields.End), requiredMessage: required));
        Field(CardJson.TextInput(VisitFields.Organisations, texts.OrganisationsLabel, Value(VisitFields.Organisations), multiline: true));
        Field(CardJson.TextInput(VisitFields.Participants, texts.ParticipantsLabel, Value(VisitFields.Participants), multiline: true));
        Field(CardJson.TextInput(VisitFields.Purpose, texts.PurposeLabel, Value(VisitFields.Purpose), requiredMessage: required, multiline: true));
        Field(CardJson.ChoiceInput(VisitFields.Themes, texts.ThemesLabel, Enum.GetValues<ThematicArea>().Select(a => (english ? ThematicAreaNames.English(a) : ThematicAreaNames.Swedish(a), a.ToString())), Value(VisitFields.Themes), requiredMessage: required, multiSelect: true));
        Field(CardJson.ChoiceInput(VisitFields.DemocracyDialogue, texts.DemocracyLabel, Choices<DemocracyDialogue>(english), Value(VisitFields.DemocracyDialogue), requiredMessage: required, expanded: true));
        Field(CardJson.TextInput(VisitFields.DemocracyDialogueNote, texts.DemocracyNoteLabel, Value(VisitFields.DemocracyDialogueNote), multiline: true));
        Field(CardJson.TextInput(VisitFields.Outcomes, texts.OutcomesLabel, Value(VisitFields.Outcomes), multiline: true));
        Field(CardJson.TextInput(VisitFields.Costs, texts.CostsLabel, Value(VisitFields.Costs), multiline: true, placeholder: texts.CostsPlaceholder));

        for (var n = 1; n <= FollowUpSlots; n++)
        {
            body.Add(CardJson.Text($"{texts.FollowUpHeading} {n}", weight: "bolder"));
            Field(CardJson.TextInput(VisitFields.FollowUp(n, "Title"), texts.FollowUpTitleLabel, Value(VisitFields.FollowUp(n, "Title")), maxLength: 255));
            Field(CardJson.TextInput(VisitFields.FollowUp(n, "Owner"), texts.FollowUpOwnerLabel, Value(VisitFields.FollowUp(n, "Owner"))));
            Field(CardJson.DateInput(VisitFields.FollowUp(n, "Due"), texts.FollowUpDueLabel, Value(VisitFields.FollowUp(n, "Due"))));
        }

        var data = new JsonObject { ["submissionId"] = submissionId };
        return CardJson.Card(body, [CardJson.Submit(texts.SubmitVisit, SubmitVerb, data, primary: true)]);
    }

    private static IEnumerable<(string Title, string Value)> Choices<TEnum>(bool english)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (ChoiceLabels.For(v, english), v.ToString()));
}
