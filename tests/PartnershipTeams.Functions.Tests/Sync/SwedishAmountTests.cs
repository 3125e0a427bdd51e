using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Sync;

/// <summary>
/// Issue 23 item 1: "12 500,50" typed in the visit card's amount vanished, because the amount was a number field the
/// browser empties on Swedish typing. From the card Teams gets, through the queue, to the register, and back on the
/// correction card in Swedish form.
/// </summary>
public sealed class SwedishAmountTests : IAsyncLifetime
{
    private const string Reporter = "karin.lind@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        connector.KnowMember(Activities.UserId, Reporter);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>The card the bot sent last for a message.</summary>
    private async Task<JsonObject> CardForAsync(string text)
    {
        var before = connector.Calls.Count;
        await PostAsync(Activities.Message(connector.ServiceUrl, text));
        var calls = await connector.WaitForCallsAsync(before + 1);
        return calls.Skip(before).Last(c => c.Card is not null).Card!;
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o => (((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true ? new[] { o } : [])
            .Concat(o.SelectMany(p => Inputs(p.Value))),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    [Fact]
    public async Task AmountTypedTheSwedishWayOnTheCard_LandsInTheRegisterAsTypedAndComesBackInSwedishForm()
    {
        var card = await CardForAsync("rapportera besök");
        var inputs = Inputs(card).ToList();
        var amount = inputs.First(i => ((string?)i["label"])?.Contains("(kr)", StringComparison.Ordinal) == true);
        var organisation = inputs.Take(inputs.IndexOf(amount)).Last(i => (string?)i["type"] == "Input.Text");
        Assert.Equal("Input.Text", (string?)amount["type"]); // a number field would have emptied "12 500,50" in the browser

        var guangzhou = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.WhereEquals(PartnersList.Title, "Guangzhou"), None))[0].Id;
        var submit = ConnectorCall.ActionsOf(card).Single(a => (string?)a["style"] == "positive");
        var submissionId = (string)submit["data"]!["submissionId"]!;
        var value = submit["data"]!.DeepClone().AsObject();
        value["Title"] = "Skolbesök från Guangzhou";
        value["Partner"] = guangzhou.ToString(CultureInfo.InvariantCulture);
        value["Direction"] = "Incoming";
        value["Start"] = "2026-11-16";
        value["End"] = "2026-11-18";
        value["Purpose"] = "Samtal om lärarutbyten";
        value["Themes"] = "Education";
        value["DemocracyDialogue"] = "No";
        value["GenderEquality"] = "No";
        value[(string)organisation["id"]!] = "Utbildningsförvaltningen";
        value[(string)amount["id"]!] = "12 500,50"; // as the client sends what was typed: an ordinary space, a decimal comma
        await PostAsync(Activities.Submit(connector.ServiceUrl, value));

        Assert.Equal(SubmissionStatus.Written, (await app.SettledAsync(submissionId)).Status);
        var item = Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, submissionId), None));
        Assert.Equal(12500.50m, item.Amount(VisitsList.CostSek));
        Assert.Equal([new OrganisationCost("Utbildningsförvaltningen", 12500.50m)], CostLines.Parse(item.Text(VisitsList.Costs)));

        var myVisits = await CardForAsync("mina besök");
        var correct = ConnectorCall.ActionsOf(myVisits).First(a => (string?)a["title"] == "Rätta");
        var response = await PostAsync(Activities.Execute(connector.ServiceUrl, (string)correct["verb"]!, correct["data"]!.DeepClone().AsObject()));
        var correction = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
        var shownBack = Inputs(correction).Single(i => (string?)i["id"] == (string)amount["id"]!);
        Assert.Equal("Utbildningsförvaltningen", (string?)Inputs(correction).Single(i => (string?)i["id"] == (string)organisation["id"]!)["value"]);
        Assert.Equal(Kronor.Format(12500.50m), (string?)shownBack["value"]); // "12 500,50 kr", not "12500.5"
        Assert.Equal("12\u00a0500,50\u00a0kr", Kronor.Format(12500.50m));
    }
}
