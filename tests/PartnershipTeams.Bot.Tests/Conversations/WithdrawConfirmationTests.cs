using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Tests.InMemory;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>Issue 23 item 5: withdraw acted on one click; now the card asks first, and nothing is stored until the user says yes.</summary>
public sealed class WithdrawConfirmationTests : InMemoryConversationTestBase
{
    private const string Reporter = "rapportor@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<int> VisitInRegisterAsync(string title)
    {
        var guangzhou = (await Bot.Store.QueryAsync(PartnersList.Name, ListQuery.WhereEquals(PartnersList.Title, "Guangzhou"), None))[0].Id;
        var visit = new Visit(
            title, guangzhou, VisitDirection.Incoming, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 9), ["Utbildningsförvaltningen"], "Karin Lind",
            "Skolbesök", [ThematicArea.Education], DemocracyDialogue.No, null, null, [], [], Reporter, DateTimeOffset.UtcNow.AddDays(-1), Guid.NewGuid().ToString("N"));
        return (await Bot.Store.CreateAsync(VisitsList.Name, VisitsList.Fields(visit), None)).Id;
    }

    /// <summary>Presses a button of a card as Teams does with Universal Actions: an invoke with the button's verb and data; the card it answers with.</summary>
    private async Task<JsonObject> PressAsync(JsonObject card, string title)
    {
        var button = ConnectorCall.ActionsOf(card).Single(a => (string?)a["title"] == title);
        return (await ExecuteAsync((string)button["verb"]!, button["data"]!.AsObject())).AsObject();
    }

    private static string TextOf(JsonNode card) => string.Join('\n', Flatten(card).Select(e => (string?)e["text"] ?? (string?)e["value"]).OfType<string>());

    [Fact]
    public async Task Withdraw_AsksOnTheCardFirstAndStoresNothingUntilTheUserSaysYes()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        await VisitInRegisterAsync("Skolbesök från <b>Guangzhou</b>");
        var listing = LastCard(await SendAsync(Activities.Message(ServiceUrl, "mina besök")));

        var question = await PressAsync(listing, "Återkalla");

        Assert.Empty(await Bot.SubmissionsAsync());
        Assert.Equal("Återkalla besöksrapporten?", (string?)question["body"]![0]!["text"]);
        Assert.Contains("Skolbesök från \\<b\\>Guangzhou\\</b\\>", TextOf(question), StringComparison.Ordinal);
        Assert.Contains("uppföljningar ställs in", TextOf(question), StringComparison.Ordinal);
        var yes = ConnectorCall.ActionsOf(question).Single(a => (string?)a["title"] == "Ja, återkalla");
        Assert.Equal("destructive", (string?)yes["style"]);

        var done = await PressAsync(question, "Ja, återkalla");

        Assert.Equal(SubmissionTypes.VisitWithdrawal.Kind, Assert.Single(await Bot.SubmissionsAsync()).Kind);
        Assert.Contains("Återkallelsen är mottagen", TextOf(done), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawThenNo_ShowsTheReportsAgainWithNothingChanged()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        await VisitInRegisterAsync("Skolbesök från Guangzhou");
        var listing = LastCard(await SendAsync(Activities.Message(ServiceUrl, "mina besök")));

        var back = await PressAsync(await PressAsync(listing, "Återkalla"), "Nej, behåll den");

        Assert.Empty(await Bot.SubmissionsAsync());
        Assert.Equal("Dina besöksrapporter", (string?)back["body"]![0]!["text"]);
        Assert.Contains(ConnectorCall.ActionsOf(back), a => (string?)a["title"] == "Återkalla");
    }

    [Fact]
    public async Task WithdrawInEnglish_AsksInEnglish()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        await VisitInRegisterAsync("School visit from Guangzhou");
        var listing = LastCard(await SendAsync(Activities.Message(ServiceUrl, "my visits", "en-US")));

        var question = await PressAsync(listing, ConnectorCall.ActionsOf(listing).Select(a => (string)a["title"]!).Single(t => t.StartsWith("Withdraw", StringComparison.Ordinal)));

        Assert.Equal("Withdraw the visit report?", (string?)question["body"]![0]!["text"]);
        Assert.Contains(ConnectorCall.ActionsOf(question), a => (string?)a["title"] == "Yes, withdraw");
        Assert.Empty(await Bot.SubmissionsAsync());
    }
}
