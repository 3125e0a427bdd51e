using System.Net;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Conversations;

public sealed class ReportVisitTests : ConversationTestBase
{
    private async Task<(JsonObject Card, string SubmissionId, string GuangzhouId)> OpenFormAsync(string command = "rapportera besök", string locale = "sv-SE")
    {
        var card = LastCard(await SendAsync(Activities.Message(ServiceUrl, command, locale)));
        var submissionId = (string)ConnectorCall.ActionsOf(card)[0]["data"]!["submissionId"]!;
        var guangzhou = Input(card, "Partner")!["choices"]!.AsArray().First(c => (string?)c!["title"] == "Guangzhou")!;
        return (card, submissionId, (string)guangzhou["value"]!);
    }

    private static JsonObject Filled(string submissionId, string partnerId, string start = "2026-10-05", string end = "2026-10-09") => new()
    {
        ["verb"] = VisitReportCard.SubmitVerb,
        ["submissionId"] = submissionId,
        ["Title"] = "Delegation till Guangzhou <b>2026</b>",
        ["Partner"] = partnerId,
        ["Direction"] = "Outgoing",
        ["Start"] = start,
        ["End"] = end,
        ["Organisations"] = "Kommunledningskontoret\nLinköpings universitet",
        ["Participants"] = "Anna Svensson, Li Wei",
        ["Purpose"] = "Uppföljning av handlingsplanen",
        ["Themes"] = "ResearchAndHigherEducation,Education",
        ["DemocracyDialogue"] = "Yes",
        ["DemocracyDialogueNote"] = "Presentation av medborgardialogen",
        ["GenderEquality"] = "NotApplicable",
        ["Cost1Organisation"] = "Kommunledningskontoret",
        ["Cost1Amount"] = "42000",
        ["Cost2Organisation"] = "Linköpings universitet",
        ["Cost2Amount"] = "18000",
        ["FollowUp1Title"] = "Skicka avsiktsförklaring",
        ["FollowUp1Owner"] = "anna.svensson@linkoping.example",
        ["FollowUp1Due"] = "2026-12-01",
    };

    /// <summary>The element right after the input with this id, in the container (card body, column) that holds it: where its problem is named.</summary>
    private static JsonObject NextTo(JsonObject card, string id)
    {
        var holder = Flatten(card).SelectMany(e => e.Select(p => p.Value).OfType<JsonArray>())
            .Concat([card["body"]!.AsArray()])
            .First(a => a.OfType<JsonObject>().Any(e => (string?)e["id"] == id));
        var elements = holder.OfType<JsonObject>().ToList();
        return elements[elements.FindIndex(e => (string?)e["id"] == id) + 1];
    }

    [Fact]
    public async Task SubmitAnOrganisationWithoutAnAmount_IsAParticipatingOrganisationWithoutACost()
    {
        var (_, submissionId, guangzhou) = await OpenFormAsync();
        var values = Filled(submissionId, guangzhou);
        values["Cost3Organisation"] = "Visit Linköping";

        await SendAsync(Activities.Submit(ServiceUrl, values));

        var visit = SubmissionJson.Deserialize<Visit>(Assert.Single(await OutboxAsync()).Payload);
        Assert.Contains("Visit Linköping", visit.Organisations);
        Assert.DoesNotContain(visit.Costs, c => c.Organisation == "Visit Linköping");
    }

    private async Task<IReadOnlyList<ListItemLike>> OutboxAsync() =>
        [.. (await Host.SubmissionsAsync()).Select(s => new ListItemLike(s.Id, s.Kind.ToString(), s.Payload, s.Status.ToString()))];

    private sealed record ListItemLike(string SubmissionId, string Kind, string Payload, string Status);

    [Fact]
    public async Task ReportVisitCommand_ShowsTheSwedishFormWithThePartnerCities()
    {
        var (card, submissionId, _) = await OpenFormAsync();

        Assert.Equal("Rapportera besök eller delegationsresa", (string)card["body"]![0]!["text"]!);
        var partners = Input(card, "Partner")!["choices"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
        Assert.Equal(["Guangzhou", "Macau"], partners);
        Assert.Equal(7, Input(card, "Themes")!["choices"]!.AsArray().Count);
        Assert.Equal(32, submissionId.Length);
    }

    [Fact]
    public async Task SubmitAValidReport_IsInTheOutboxOnceAndConfirmedOnTheSameCard()
    {
        var (_, submissionId, guangzhou) = await OpenFormAsync();

        var calls = await SendAsync(Activities.Submit(ServiceUrl, Filled(submissionId, guangzhou)));

        var outbox = Assert.Single(await OutboxAsync());
        Assert.Equal((submissionId, "VisitReport", "Pending"), (outbox.SubmissionId, outbox.Kind, outbox.Status));
        var visit = SubmissionJson.Deserialize<Visit>(outbox.Payload);
        Assert.Equal(new DateOnly(2026, 10, 9), visit.End);
        Assert.Equal([ThematicArea.ResearchAndHigherEducation, ThematicArea.Education], visit.Themes);
        Assert.Equal(60000m, visit.TotalCostSek);
        Assert.Equal("Skicka avsiktsförklaring", Assert.Single(visit.FollowUps).Title);
        var update = calls.Last();
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/activity-card", update.Path, StringComparison.Ordinal);
        Assert.Contains("Tack! Besöket är rapporterat", update.CardText, StringComparison.Ordinal);
        Assert.Contains("Delegation till Guangzhou \\<b\\>2026\\</b\\>", update.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitTheSameCardTwice_StoresOneSubmissionAndConfirmsBoth()
    {
        var (_, submissionId, guangzhou) = await OpenFormAsync();

        var first = await SendAsync(Activities.Submit(ServiceUrl, Filled(submissionId, guangzhou)));
        var second = await SendAsync(Activities.Submit(ServiceUrl, Filled(submissionId, guangzhou)));

        Assert.Single(await OutboxAsync());
        Assert.Contains("Tack! Besöket är rapporterat", first.Last().CardText, StringComparison.Ordinal);
        Assert.Contains("Tack! Besöket är rapporterat", second.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitWithTheEndBeforeTheStart_ComesBackWithTheValuesKeptAndTheProblemNamedAtTheEndDate()
    {
        var (_, submissionId, guangzhou) = await OpenFormAsync();

        var calls = await SendAsync(Activities.Submit(ServiceUrl, Filled(submissionId, guangzhou, start: "2026-10-09", end: "2026-10-05")));

        var card = LastCard(calls);
        Assert.Empty(await OutboxAsync());
        Assert.Equal("2026-10-05", (string?)Input(card, "End")!["value"]);
        Assert.Equal("Delegation till Guangzhou <b>2026</b>", (string?)Input(card, "Title")!["value"]);
        Assert.Equal("ResearchAndHigherEducation,Education", (string?)Input(card, "Themes")!["value"]);
        var problem = NextTo(card, "End");
        Assert.Equal("EndError", (string?)problem["id"]);
        Assert.Equal("Slutdatum kan inte vara före startdatum.", (string?)problem["text"]);
        Assert.Equal(submissionId, (string?)ConnectorCall.ActionsOf(card)[0]["data"]!["submissionId"]);
    }

    [Theory]
    [InlineData("1200,50", "8000", "1\u00a0200,50\u00a0kr", "9\u00a0200,50\u00a0kr")]
    [InlineData("1 200,50 kr", "8 000 kr", "1\u00a0200,50\u00a0kr", "9\u00a0200,50\u00a0kr")]
    [InlineData("1200.50", "45 000", "1\u00a0200,50\u00a0kr", "46\u00a0200,50\u00a0kr")]
    [InlineData("1\u00a0200,5", "45000 kr", "1\u00a0200,50\u00a0kr", "46\u00a0200,50\u00a0kr")]
    public async Task SubmitCostsWrittenTheSwedishWay_AreStoredAsTypedAndConfirmedWithTheTotal(string first, string second, string firstShown, string totalShown)
    {
        // Issue 10: "1200,50" was read as 120050 and stored, silently.
        var (_, submissionId, guangzhou) = await OpenFormAsync();
        var values = Filled(submissionId, guangzhou);
        values["Cost1Organisation"] = "Kultur- och fritidsförvaltningen";
        values["Cost1Amount"] = first;
        values["Cost2Amount"] = second;

        var calls = await SendAsync(Activities.Submit(ServiceUrl, values));

        var visit = SubmissionJson.Deserialize<Visit>(Assert.Single(await OutboxAsync()).Payload);
        Assert.Equal(1200.50m, visit.Costs[0].CostSek);
        var confirmation = calls.Last().CardText;
        Assert.Contains("Kultur- och fritidsförvaltningen", confirmation, StringComparison.Ordinal);
        Assert.Contains(firstShown, confirmation, StringComparison.Ordinal);
        Assert.Contains(totalShown, confirmation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cost1Amount", "lots", "Cost1Amount", "Ange ett tal.")]
    [InlineData("Cost2Amount", "-500", "Cost2Amount", "Kostnaden kan inte vara negativ.")]
    [InlineData("Cost2Organisation", "", "Cost2Organisation", "Fältet måste fyllas i.")]
    [InlineData("Cost3Amount", "500", "Cost3Organisation", "Fältet måste fyllas i.")]
    [InlineData("Cost1Amount", "100000000", "Cost1Amount", "Beloppet får vara högst")]
    public async Task SubmitACostRowThatCannotBeStored_ComesBackWithTheProblemOnThatRow(string field, string value, string problemField, string message)
    {
        var (_, submissionId, guangzhou) = await OpenFormAsync();
        var values = Filled(submissionId, guangzhou);
        values[field] = value;

        var card = LastCard(await SendAsync(Activities.Submit(ServiceUrl, values)));

        Assert.Empty(await OutboxAsync());
        var problem = NextTo(card, problemField);
        Assert.Equal($"{problemField}Error", (string?)problem["id"]);
        Assert.StartsWith(message, (string?)problem["text"], StringComparison.Ordinal);
        Assert.Equal("Kommunledningskontoret", (string?)Input(card, "Cost1Organisation")!["value"]);
    }

    [Fact]
    public async Task SubmitFromACardWithTheOlderCostField_IsStillRead()
    {
        var (_, submissionId, guangzhou) = await OpenFormAsync();
        var values = Filled(submissionId, guangzhou);
        foreach (var field in new[] { "Cost1Organisation", "Cost1Amount", "Cost2Organisation", "Cost2Amount" })
        {
            values.Remove(field);
        }

        values["Costs"] = "Kommunledningskontoret: 1 200,50 kr\nLinköpings universitet: 8000";

        await SendAsync(Activities.Submit(ServiceUrl, values));

        var visit = SubmissionJson.Deserialize<Visit>(Assert.Single(await OutboxAsync()).Payload);
        Assert.Equal(9200.50m, visit.TotalCostSek);
    }

    [Fact]
    public async Task SubmitFollowUpWithItsOwnThemeAndOrganisation_KeepsThemAndOneWithoutTakesTheVisitsFirst()
    {
        var (_, submissionId, guangzhou) = await OpenFormAsync();
        var values = Filled(submissionId, guangzhou);
        values["FollowUp1Theme"] = "Culture";
        values["FollowUp1Organisation"] = "Kultur- och fritidsförvaltningen";
        values["FollowUp2Title"] = "Boka återbesök";
        values["FollowUp2Owner"] = "li.wei@linkoping.example";
        values["FollowUp2Due"] = "2026-12-15";

        var calls = await SendAsync(Activities.Submit(ServiceUrl, values));

        var visit = SubmissionJson.Deserialize<Visit>(Assert.Single(await OutboxAsync()).Payload);
        Assert.Equal((ThematicArea.Culture, "Kultur- och fritidsförvaltningen"), (visit.FollowUps[0].Theme, visit.FollowUps[0].Organisation));
        Assert.Equal((ThematicArea.ResearchAndHigherEducation, "Kommunledningskontoret"), (visit.FollowUps[1].Theme, visit.FollowUps[1].Organisation));
        Assert.Contains("Kultur- och fritidsförvaltningen", calls.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitInEnglish_NamesTheProblemsInEnglish()
    {
        var (card, submissionId, guangzhou) = await OpenFormAsync("report visit", "en-GB");
        var values = Filled(submissionId, guangzhou);
        values["Purpose"] = "";
        values["Cost1Amount"] = "lots";

        var calls = await SendAsync(Activities.Submit(ServiceUrl, values, locale: "en-GB"));

        Assert.Equal("Report a visit or delegation trip", (string)card["body"]![0]!["text"]!);
        var text = calls.Last().CardText;
        Assert.Contains("This field is required.", text, StringComparison.Ordinal);
        Assert.Contains("Enter a number.", text, StringComparison.Ordinal);
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task ExecuteAValidReportAsAnInvoke_AnswersWithTheConfirmationCard()
    {
        var (_, submissionId, guangzhou) = await OpenFormAsync();
        var data = Filled(submissionId, guangzhou);

        var response = await Host.PostAsync(Activities.Execute(ServiceUrl, VisitReportCard.SubmitVerb, data));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("Tack! Besöket är rapporterat", (string?)body["value"]!["body"]![0]!["text"]);
        Assert.Single(await OutboxAsync());
    }

    [Fact]
    public async Task SubmitForAPartnerThatDoesNotExist_IsRefusedOnThePartnerField()
    {
        var (_, submissionId, _) = await OpenFormAsync();

        var calls = await SendAsync(Activities.Submit(ServiceUrl, Filled(submissionId, "999")));

        Assert.Contains("Vänorten finns inte i registret.", calls.Last().CardText, StringComparison.Ordinal);
        Assert.Empty(await OutboxAsync());
    }
}
