using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Cards;

/// <summary>
/// The visit report form; shown again with the user's values and each problem under its field. It opens with what every
/// report needs; more organisations, costs and follow-ups open on demand (Action.ToggleVisibility, on the client), and
/// open by themselves on a card that comes back holding values or problems in them.
/// </summary>
public static class VisitReportCard
{
    public const string SubmitVerb = "visit.submit";
    public const int FollowUpSlots = 3;

    /// <summary>Rows of an organisation and its cost: the first <see cref="RowsShown"/> at once, the others on demand.</summary>
    public const int OrganisationSlots = 8;

    public const int RowsShown = 3;

    /// <summary>The ids of the parts that open on demand (what Action.ToggleVisibility names).</summary>
    public const string MoreOrganisationsId = "MoreOrganisations";
    public const string CostsIntroId = "CostsIntro";

    public static string AmountColumnId(int row) => $"Cost{row.ToString(CultureInfo.InvariantCulture)}AmountColumn";

    public static string FollowUpId(int number) => $"FollowUp{number.ToString(CultureInfo.InvariantCulture)}";

    private static readonly string[] FollowUpParts = ["Title", "Owner", "Due", "Theme", "Organisation"];

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
        AddFollowUps(form, texts);

        var data = new JsonObject { [CardDataKeys.SubmissionId] = submissionId };
        return CardJson.Card(form.Body, [CardJson.Submit(texts.SubmitVisit, SubmitVerb, data, primary: true)]);
    }

    /// <summary>The visit's own fields, title to outcomes: the report form and the correction form (<see cref="VisitCorrectionCard"/>) alike.</summary>
    internal static void AddVisitFields(CardForm form, BotTexts texts, IReadOnlyList<(int Id, string Title)> partners)
    {
        var required = form.Required;
        form.Field(CardJson.TextInput(VisitFields.Title, texts.VisitTitleLabel, form.Value(VisitFields.Title), requiredMessage: required, maxLength: ColumnDefinition.TextLimit));
        form.Field(CardJson.ChoiceInput(VisitFields.Partner, texts.PartnerLabel, partners.Select(p => (p.Title, p.Id.ToString(CultureInfo.InvariantCulture))), form.Value(VisitFields.Partner), requiredMessage: required));

        // No direction chosen for the user: a hurried report of an incoming delegation must not be stored as outgoing.
        form.Field(CardJson.ChoiceInput(VisitFields.Direction, texts.DirectionLabel, Choices<VisitDirection>(texts), form.Value(VisitFields.Direction), requiredMessage: required, expanded: true));
        form.Add(CardJson.Columns(
            CardJson.Column(form.FieldItems(CardJson.DateInput(VisitFields.Start, texts.StartLabel, form.Value(VisitFields.Start), requiredMessage: required))),
            CardJson.Column(form.FieldItems(CardJson.DateInput(VisitFields.End, texts.EndLabel, form.Value(VisitFields.End), requiredMessage: required)))));
        AddOrganisations(form, texts);
        form.Field(CardJson.TextInput(VisitFields.Participants, texts.ParticipantsLabel, form.Value(VisitFields.Participants), multiline: true));
        AddComposition(form, texts);
        form.Field(CardJson.TextInput(VisitFields.Purpose, texts.PurposeLabel, form.Value(VisitFields.Purpose), requiredMessage: required, multiline: true));
        form.Field(CardJson.ChoiceInput(VisitFields.Themes, texts.ThemesLabel, Choices<ThematicArea>(texts), form.Value(VisitFields.Themes), requiredMessage: required, multiSelect: true));
        form.Field(CardJson.ChoiceInput(VisitFields.DemocracyDialogue, texts.DemocracyLabel, Choices<DemocracyDialogue>(texts), form.Value(VisitFields.DemocracyDialogue), requiredMessage: required, expanded: true));
        form.Field(CardJson.TextInput(VisitFields.DemocracyDialogueNote, texts.DemocracyNoteLabel, form.Value(VisitFields.DemocracyDialogueNote), multiline: true));
        form.Field(CardJson.ChoiceInput(VisitFields.GenderEquality, texts.GenderEqualityLabel, Choices<GenderEquality>(texts), form.Value(VisitFields.GenderEquality), requiredMessage: required, expanded: true));
        form.Field(CardJson.TextInput(VisitFields.GenderEqualityNote, texts.GenderEqualityNoteLabel, form.Value(VisitFields.GenderEqualityNote), multiline: true));
        form.Field(CardJson.TextInput(VisitFields.Outcomes, texts.OutcomesLabel, form.Value(VisitFields.Outcomes), multiline: true));
    }

    /// <summary>
    /// Each organisation typed once, in a row of its own, with what it paid beside it: every organisation pays its own
    /// share, so a cost names the organisation of its row and is never typed apart from it. The amount is text, read the
    /// Swedish way on the server ("12 500,50", "8 000 kr", "1200:-").
    /// </summary>
    private static void AddOrganisations(CardForm form, BotTexts texts)
    {
        var rows = Enumerable.Range(1, OrganisationSlots).ToList();
        var costsShown = form.HasAny(rows.Select(n => VisitFields.Cost(n, "Amount")));
        var moreShown = form.HasAny(rows.Skip(RowsShown).SelectMany(n => new[] { VisitFields.Cost(n, "Organisation"), VisitFields.Cost(n, "Amount") }).Append(VisitFields.Organisations));

        form.Add(CardJson.Text(texts.OrganisationsLabel, weight: "bolder"));
        form.Add(Shown(CardJson.Text(texts.CostsIntro, isSubtle: true, id: CostsIntroId), costsShown));
        foreach (var n in rows.Take(RowsShown))
        {
            form.Add(OrganisationRow(form, texts, n, costsShown));
        }

        var more = rows.Skip(RowsShown).Select(n => (JsonNode)OrganisationRow(form, texts, n, costsShown)).ToList();
        if (form.HasAny([VisitFields.Organisations]))
        {
            // Organisations beyond the rows (a corrected visit with many), or from a card sent before the rows.
            more.AddRange(form.FieldItems(CardJson.TextInput(VisitFields.Organisations, texts.MoreOrganisationsLabel, form.Value(VisitFields.Organisations), multiline: true)));
        }

        form.Add(CardJson.Container(more, id: MoreOrganisationsId, isVisible: moreShown));
        if (form.Value(VisitFields.Costs) is { Length: > 0 })
        {
            // A report from a card sent before costs had rows: its costs stay, in the field they were typed in.
            form.Field(CardJson.TextInput(VisitFields.Costs, texts.CostsHeading, form.Value(VisitFields.Costs), multiline: true));
        }

        form.Add(CardJson.Actions(
        [
            CardJson.Toggle(texts.MoreOrganisations, [MoreOrganisationsId]),
            CardJson.Toggle(texts.AddCosts, [CostsIntroId, .. rows.Select(AmountColumnId)]),
        ]));
    }

    private static JsonObject OrganisationRow(CardForm form, BotTexts texts, int row, bool costsShown)
    {
        var organisation = VisitFields.Cost(row, "Organisation");
        var amount = VisitFields.Cost(row, "Amount");
        return CardJson.Columns(
            CardJson.Column(form.FieldItems(CardJson.TextInput(organisation, texts.CostOrganisationLabel(row), form.Value(organisation), maxLength: ColumnDefinition.TextLimit))),
            CardJson.Column(form.FieldItems(CardJson.TextInput(amount, texts.CostAmountLabel, form.Value(amount), maxLength: SwedishNumber.MaxLength, placeholder: texts.AmountPlaceholder)), width: "130px", id: AmountColumnId(row), isVisible: costsShown));
    }

    /// <summary>
    /// Who made up the delegation, as counts, each optional. Women and men, as Swedish municipalities report
    /// könsuppdelad statistik (SKR: "Organisationen redovisar all individbaserad statistik med kön som indelningsgrund",
    /// https://webbutik.skl.se/skr/demokratiledningstyrning/manskligarattigheterjamlikhet/jamstalldhet/jamstalldhetsintegrering/vagledningjamstalldhetsintegrering/5redovisarindividbaseradstatistik.67574.html);
    /// a third count joins "annat" with "ej angivet", because SKR urges care with a third option where groups are small
    /// enough to single a person out (https://webbutik.skr.se/skr/tjanster/statistik/statistikinsamlingenkater/konsuppdeladstatistik.47102.html)
    /// and a reporter counting others often does not know (Kulturrådet's forms count "Annat/Ej definierat" and "Vet ej",
    /// https://www.kulturradet.se/bidragsinformation/svarsalternativ-for-kon/).
    /// </summary>
    private static void AddComposition(CardForm form, BotTexts texts)
    {
        form.Add(CardJson.Text(texts.CompositionLabel, weight: "bolder"));
        form.Add(CardJson.Columns(
            CardJson.Column(form.FieldItems(CardJson.NumberInput(VisitFields.Women, texts.WomenLabel, form.Value(VisitFields.Women), min: 0, max: RegisterBounds.MaxDelegationCount))),
            CardJson.Column(form.FieldItems(CardJson.NumberInput(VisitFields.Men, texts.MenLabel, form.Value(VisitFields.Men), min: 0, max: RegisterBounds.MaxDelegationCount))),
            CardJson.Column(form.FieldItems(CardJson.NumberInput(VisitFields.OtherOrNotStated, texts.OtherOrNotStatedLabel, form.Value(VisitFields.OtherOrNotStated), min: 0, max: RegisterBounds.MaxDelegationCount)))));
    }

    /// <summary>Follow-ups one at a time: the first opens with a button, each next one from the one before.</summary>
    private static void AddFollowUps(CardForm form, BotTexts texts)
    {
        var shown = Enumerable.Range(1, FollowUpSlots)
            .Select(n => Enumerable.Range(n, FollowUpSlots - n + 1).Any(later => form.HasAny(FollowUpParts.Select(p => VisitFields.FollowUp(later, p)))))
            .ToList();
        form.Add(CardJson.Text(texts.FollowUpsHeading, weight: "bolder"));
        form.Add(CardJson.Text(texts.FollowUpsIntro, isSubtle: true));
        form.Add(CardJson.Actions([CardJson.Toggle(texts.AddFollowUp, [FollowUpId(1)])]));
        for (var n = 1; n <= FollowUpSlots; n++)
        {
            var items = new List<JsonNode> { CardJson.Text($"{texts.FollowUpHeading} {n.ToString(CultureInfo.InvariantCulture)}", weight: "bolder") };
            items.AddRange(form.FieldItems(CardJson.TextInput(VisitFields.FollowUp(n, "Title"), texts.FollowUpTitleLabel, form.Value(VisitFields.FollowUp(n, "Title")), maxLength: ColumnDefinition.TextLimit)));
            items.AddRange(form.FieldItems(CardJson.TextInput(VisitFields.FollowUp(n, "Owner"), texts.FollowUpOwnerLabel, form.Value(VisitFields.FollowUp(n, "Owner")))));
            items.AddRange(form.FieldItems(CardJson.DateInput(VisitFields.FollowUp(n, "Due"), texts.FollowUpDueLabel, form.Value(VisitFields.FollowUp(n, "Due")))));
            items.AddRange(form.FieldItems(CardJson.ChoiceInput(VisitFields.FollowUp(n, "Theme"), texts.FollowUpThemeLabel, Choices<ThematicArea>(texts), form.Value(VisitFields.FollowUp(n, "Theme")), placeholder: texts.SameAsTheVisit)));
            items.AddRange(form.FieldItems(CardJson.TextInput(VisitFields.FollowUp(n, "Organisation"), texts.FollowUpOrganisationLabel, form.Value(VisitFields.FollowUp(n, "Organisation")), maxLength: ColumnDefinition.TextLimit, placeholder: texts.SameAsTheVisitsOrganisation)));
            if (n < FollowUpSlots)
            {
                items.Add(CardJson.Actions([CardJson.Toggle(texts.AddAnotherFollowUp, [FollowUpId(n + 1)])]));
            }

            form.Add(CardJson.Container(items, separator: true, id: FollowUpId(n), isVisible: shown[n - 1]));
        }
    }

    private static JsonObject Shown(JsonObject element, bool isVisible)
    {
        if (!isVisible)
        {
            element["isVisible"] = false;
        }

        return element;
    }

    private static IEnumerable<(string Title, string Value)> Choices<TEnum>(BotTexts texts)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (texts.Domain.Label(v), v.ToString()));
}
