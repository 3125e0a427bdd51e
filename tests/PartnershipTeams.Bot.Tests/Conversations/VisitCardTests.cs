using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Tests.InMemory;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>
/// Issue 23: the visit card as Teams gets it — amounts a Swedish person types, a first view that fits a screen, no
/// direction chosen for the user, lines kept as lines, and the strategy's gender-equality question beside democracy.
/// </summary>
public sealed class VisitCardTests : InMemoryConversationTestBase
{
    private async Task<JsonObject> OpenFormAsync(string command = "rapportera besök", string locale = "sv-SE") =>
        LastCard(await SendAsync(Activities.Message(ServiceUrl, command, locale)));

    /// <summary>Every input of the card, and whether a person sees it when the card opens (no part around it hidden).</summary>
    private static IEnumerable<(JsonObject Input, bool Shown)> Inputs(JsonNode? node, bool shown = true)
    {
        switch (node)
        {
            case JsonObject o:
                var visible = shown && (bool?)o["isVisible"] != false;
                if (((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
                {
                    yield return (o, visible);
                }

                foreach (var child in o.Where(p => p.Key != "card").SelectMany(p => Inputs(p.Value, visible)))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(i => Inputs(i, shown)))
                {
                    yield return child;
                }

                break;
        }
    }

    /// <summary>The amount inputs: labelled in kronor.</summary>
    private static List<JsonObject> Amounts(JsonObject card) =>
        [.. Inputs(card).Select(i => i.Input).Where(i => ((string?)i["label"])?.Contains("(kr)", StringComparison.Ordinal) == true)];

    /// <summary>The organisation an amount is for: the text input just before it on the card.</summary>
    private static JsonObject OrganisationOf(JsonObject card, JsonObject amount)
    {
        var inputs = Inputs(card).Select(i => i.Input).ToList();
        return inputs.Take(inputs.IndexOf(amount)).Last(i => (string?)i["type"] == "Input.Text");
    }

    private static JsonObject Submitted(JsonObject card, IDictionary<string, string> values)
    {
        var data = ConnectorCall.ActionsOf(card).Single(a => (string?)a["style"] == "positive")["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in values)
        {
            data[key] = value;
        }

        return data;
    }

    private static Dictionary<string, string> ValidReport(JsonObject card) => new()
    {
        ["Title"] = "Skolbesök från Guangzhou",
        ["Partner"] = (string)Input(card, "Partner")!["choices"]!.AsArray().First(c => (string?)c!["title"] == "Guangzhou")!["value"]!,
        ["Direction"] = "Incoming",
        ["Start"] = "2026-10-05",
        ["End"] = "2026-10-07",
        ["Purpose"] = "Samtal om lärarutbyten",
        ["Themes"] = "Education",
        ["DemocracyDialogue"] = "NotApplicable",
        ["GenderEquality"] = "No",
        ["Participants"] = "Karin Lind",
    };

    private async Task<Visit> OutboxVisitAsync() =>
        SubmissionJson.Deserialize<Visit>(Assert.Single(await Bot.SubmissionsAsync()).Payload);

    private static List<string> TextBlocks(JsonNode? card) =>
        [.. Flatten(card).Where(e => (string?)e["type"] == "TextBlock").Select(e => (string)e["text"]!)];

    [Fact]
    public async Task ReportVisitCard_AsksForAmountsInTextInputsNotNumberFields()
    {
        // A browser's number field empties itself on "12 500,50": the amount must reach the server as typed.
        var card = await OpenFormAsync();

        var amounts = Amounts(card);

        Assert.NotEmpty(amounts);
        Assert.All(amounts, a => Assert.Equal("Input.Text", (string?)a["type"]));
        Assert.DoesNotContain(Inputs(card), i => (string?)i.Input["type"] == "Input.Number" && ((string?)i.Input["label"])?.Contains("kr", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SubmitAmountsTypedTheSwedishWay_AreStoredAsTyped()
    {
        var card = await OpenFormAsync();
        var amounts = Amounts(card);
        var values = ValidReport(card);
        values[(string)OrganisationOf(card, amounts[0])["id"]!] = "Utbildningsförvaltningen";
        values[(string)amounts[0]["id"]!] = "12 500,50";
        values[(string)OrganisationOf(card, amounts[1])["id"]!] = "Linköpings universitet";
        values[(string)amounts[1]["id"]!] = "8 000 kr";

        await SendAsync(Activities.Submit(ServiceUrl, Submitted(card, values)));

        var visit = await OutboxVisitAsync();
        Assert.Equal(
            [new OrganisationCost("Utbildningsförvaltningen", 12500.50m), new OrganisationCost("Linköpings universitet", 8000m)],
            visit.Costs);
    }

    [Fact]
    public async Task ReportVisitCard_OpensWithWhatEveryReportNeedsAndCostsAndFollowUpsBehindButtons()
    {
        var card = await OpenFormAsync();

        var shown = Inputs(card).Where(i => i.Shown).Select(i => i.Input).ToList();
        var hidden = Inputs(card).Where(i => !i.Shown).Select(i => i.Input).ToList();

        Assert.True(shown.Count < 20, $"{shown.Count} inputs shown when the card opens");
        Assert.DoesNotContain(shown, i => ((string?)i["id"])!.StartsWith("FollowUp", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, i => Amounts(card).Contains(i));
        Assert.Contains(hidden, i => (string?)i["id"] == "FollowUp1Title");

        // Every hidden part opens with a button on the card itself (Action.ToggleVisibility: no round trip).
        var toggled = Flatten(card).Where(e => (string?)e["type"] == "Action.ToggleVisibility")
            .SelectMany(e => e["targetElements"]!.AsArray().Select(t => (string?)(t is JsonObject target ? target["elementId"] : t)))
            .ToHashSet();
        var hiddenParts = Flatten(card).Where(e => (bool?)e["isVisible"] == false).Select(e => (string?)e["id"]).ToList();
        Assert.NotEmpty(hiddenParts);
        Assert.All(hiddenParts, id => Assert.Contains(id, toggled));
    }

    [Fact]
    public async Task ReportVisitCard_EachCostSitsBesideItsOrganisationSoNoOrganisationIsTypedTwice()
    {
        var card = await OpenFormAsync();

        var rows = Flatten(card).Where(e => (string?)e["type"] == "ColumnSet").ToList();

        Assert.All(Amounts(card), amount =>
        {
            var row = Assert.Single(rows, r => Flatten(r).Contains(amount));
            Assert.Single(Flatten(row), e => (string?)e["type"] == "Input.Text" && e != amount);
        });
        Assert.DoesNotContain(Inputs(card), i => (string?)i.Input["id"] == "Organisations"); // no second list of organisations to keep in step
    }

    [Fact]
    public async Task ReportVisitCard_ChoosesNoDirectionForTheUser()
    {
        // A hurried report of an incoming delegation was stored as outgoing: the direction came preselected.
        var card = await OpenFormAsync();

        var direction = Input(card, "Direction")!;

        Assert.Null(direction["value"]);
        Assert.True((bool?)direction["isRequired"]);
    }

    [Fact]
    public async Task SubmitParticipantsAndOrganisationsOnePerLine_TheConfirmationShowsEachOnItsOwnLine()
    {
        var card = await OpenFormAsync();
        var values = ValidReport(card);
        values["Participants"] = "Karin Lind, utbildningsförvaltningen\nWang Li, Guangzhou Education Bureau\nChen Jie";
        var amounts = Amounts(card);
        values[(string)OrganisationOf(card, amounts[0])["id"]!] = "Utbildningsförvaltningen, Linköpings kommun";
        values[(string)OrganisationOf(card, amounts[1])["id"]!] = "Guangzhou Education Bureau";

        var confirmation = LastCard(await SendAsync(Activities.Submit(ServiceUrl, Submitted(card, values))));

        // A TextBlock (or a fact) shows a single line break as a space in Teams: each line must be a block of its own.
        var blocks = TextBlocks(confirmation);
        Assert.Contains("Karin Lind, utbildningsförvaltningen", blocks);
        Assert.Contains("Wang Li, Guangzhou Education Bureau", blocks);
        Assert.Contains("Chen Jie", blocks);
        Assert.Contains("Utbildningsförvaltningen, Linköpings kommun", blocks); // one organisation, not two joined by a comma
        Assert.DoesNotContain(Flatten(confirmation), e => ((string?)e["text"] ?? (string?)e["value"])?.Contains('\n', StringComparison.Ordinal) == true);
        Assert.Equal(["Utbildningsförvaltningen, Linköpings kommun", "Guangzhou Education Bureau"], (await OutboxVisitAsync()).Organisations);
    }

    [Fact]
    public async Task ReportVisitCard_AsksWhetherGenderEqualityWasConsideredBesideTheDemocracyQuestion()
    {
        var card = await OpenFormAsync();

        var ids = Inputs(card).Select(i => (string?)i.Input["id"]).ToList();
        var question = Input(card, "GenderEquality")!;

        Assert.Equal(ids.IndexOf("DemocracyDialogueNote") + 1, ids.IndexOf("GenderEquality"));
        Assert.Equal("GenderEqualityNote", ids[ids.IndexOf("GenderEquality") + 1]);
        Assert.Contains("jämställdhet", (string?)question["label"], StringComparison.Ordinal);
        Assert.Equal((true, "expanded", null), ((bool?)question["isRequired"], (string?)question["style"], (string?)question["value"]));
        Assert.Equal(["Ja", "Nej", "Ej aktuellt"], question["choices"]!.AsArray().Select(c => (string)c!["title"]!));
        Assert.All(new[] { "DelegationWomen", "DelegationMen", "DelegationOtherOrNotStated" }, id => Assert.Null(Input(card, id)!["isRequired"]));
    }

    [Theory]
    [InlineData("", "", "GenderEquality", "Fältet måste fyllas i.")]
    [InlineData("Yes", "", "GenderEqualityNote", "Fältet måste fyllas i.")]
    [InlineData("No", "", "DelegationWomen", "Ange ett tal.")]
    [InlineData("No", "-2", "DelegationWomen", "Ange ett värde mellan")]
    public async Task SubmitTheEqualityQuestionsUnanswered_ComesBackWithTheProblemOnThatFieldAndTheValuesKept(string equality, string women, string problemField, string message)
    {
        var card = await OpenFormAsync();
        var values = ValidReport(card);
        values["GenderEquality"] = equality;
        values["DelegationWomen"] = problemField == "DelegationWomen" && women.Length == 0 ? "många" : women;

        var refused = LastCard(await SendAsync(Activities.Submit(ServiceUrl, Submitted(card, values))));

        Assert.Empty(await Bot.SubmissionsAsync());
        var error = Input(refused, $"{problemField}Error")!;
        Assert.StartsWith(message, (string?)error["text"], StringComparison.Ordinal);
        Assert.Equal("Skolbesök från Guangzhou", (string?)Input(refused, "Title")!["value"]);
        Assert.DoesNotContain(Inputs(refused), i => !i.Shown && (string?)i.Input["id"] == problemField); // the problem is where it can be seen
    }

    [Fact]
    public async Task SubmitGenderEqualityAndTheDelegationsComposition_AreKeptAndConfirmed()
    {
        var card = await OpenFormAsync();
        var values = ValidReport(card);
        values["GenderEquality"] = "Yes";
        values["GenderEqualityNote"] = "Programmet tog upp flickors och pojkars studieresultat";
        values["DelegationWomen"] = "3";
        values["DelegationMen"] = "2";

        var confirmation = (await SendAsync(Activities.Submit(ServiceUrl, Submitted(card, values)))).Last();

        var visit = await OutboxVisitAsync();
        Assert.Equal((GenderEquality.Yes, "Programmet tog upp flickors och pojkars studieresultat"), (visit.GenderEquality, visit.GenderEqualityNote));
        Assert.Equal(new DelegationComposition(3, 2, null), visit.Composition);
        Assert.Contains("Programmet tog upp flickors och pojkars studieresultat", confirmation.CardText, StringComparison.Ordinal);
        Assert.Contains("3 kvinnor · 2 män", confirmation.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAValidReport_TheConfirmationPromisesNoSyncThatMyVisitsDoesNotWaitFor()
    {
        // The confirmation said "efter nästa synkronisering" while "mina besök" already said "I registret".
        var card = await OpenFormAsync();

        var confirmation = (await SendAsync(Activities.Submit(ServiceUrl, Submitted(card, ValidReport(card))))).Last();

        Assert.Contains("Tack! Besöket är rapporterat", confirmation.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("synkronisering", confirmation.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportVisitCardInEnglish_AsksTheEqualityQuestionsInEnglish()
    {
        var card = await OpenFormAsync("report visit", "en-GB");

        Assert.Contains("gender equality", (string?)Input(card, "GenderEquality")!["label"], StringComparison.Ordinal);
        Assert.Equal("Women", (string?)Input(card, "DelegationWomen")!["label"]);
    }
}
