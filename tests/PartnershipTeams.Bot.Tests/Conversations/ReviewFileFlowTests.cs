using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using PartnershipTeams.Application.Register;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>
/// "översyn Guangzhou" in a personal chat: Teams' file flow against the local connector — a file consent card, the
/// user's consent invoke, the upload with Content-Range, and the file info card
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4). Coordinators only.
/// </summary>
public sealed class ReviewFileFlowTests : ConversationTestBase
{
    private const string Coordinator = "internationella@linkoping.example";

    [Fact]
    public async Task ReviewByTheCoordinator_OffersTheReportAsAFileConsentCard()
    {
        Connector.KnowMember(Activities.UserId, Coordinator);

        var calls = await AskAsync(Activities.Message(ServiceUrl, "översyn Guangzhou"));

        var attachment = Assert.Single(calls).Body!["attachments"]![0]!;
        Assert.Equal(FakeConnectorServer.ConsentCardType, (string?)attachment["contentType"]);
        Assert.StartsWith("Översyn Guangzhou ", (string?)attachment["name"], StringComparison.Ordinal);
        Assert.EndsWith(".docx", (string?)attachment["name"], StringComparison.Ordinal);
        Assert.True((long)attachment["content"]!["sizeInBytes"]! > 10_000);
        Assert.Equal("review", (string?)attachment["content"]!["acceptContext"]!["kind"]);
    }

    [Fact]
    public async Task ReviewAccepted_UploadsTheDocumentAndShowsItsFileInfoCard()
    {
        Connector.KnowMember(Activities.UserId, Coordinator);
        var consent = Assert.Single(await AskAsync(Activities.Message(ServiceUrl, "review guangzhou", locale: "en-US")));

        var calls = await SendAsync(Connector.AnswerConsent(consent, accept: true, locale: "en-US"));

        var name = (string)consent.Body!["attachments"]![0]!["name"]!;
        using (var document = WordprocessingDocument.Open(new MemoryStream(Connector.Uploads[name]), false))
        {
            Assert.StartsWith("Review of the cooperation with Guangzhou", document.PackageProperties.Title, StringComparison.Ordinal);
        }

        var info = Assert.Single(calls).Body!["attachments"]![0]!;
        Assert.Equal(FakeConnectorServer.InfoCardType, (string?)info["contentType"]);
        Assert.Equal(name, (string?)info["name"]);
        Assert.StartsWith("https://contoso-my.sharepoint.com/", (string?)info["contentUrl"], StringComparison.Ordinal);
        Assert.Equal("docx", (string?)info["content"]!["fileType"]);
        Assert.Equal(0, Connector.RefusedUploads);
    }

    [Fact]
    public async Task ReviewDeclined_SendsNothingAndSaysSo()
    {
        Connector.KnowMember(Activities.UserId, Coordinator);
        var consent = Assert.Single(await AskAsync(Activities.Message(ServiceUrl, "översyn Guangzhou")));
        var before = Connector.Calls.Count;

        var response = await Host.PostAsync(Connector.AnswerConsent(consent, accept: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Okej, jag skickar ingen fil.", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]);
        Assert.Empty(Connector.Uploads);
        Assert.Equal(before, Connector.Calls.Count);
    }

    [Fact]
    public async Task ReviewBySomeoneWhoIsNotTheCoordinator_IsRefusedWithoutAFile()
    {
        Connector.KnowMember(Activities.UserId, "utbildning@linkoping.example");

        var calls = await AskAsync(Activities.Message(ServiceUrl, "översyn Guangzhou"));

        var reply = Assert.Single(calls);
        Assert.Null(reply.Body!["attachments"]);
        Assert.Equal("Översynen av Guangzhou kan bara vänortens samordnare hämta.", (string?)reply.Body["text"]);
    }

    [Fact]
    public async Task ConsentForwardedBySomeoneWhoIsNotTheCoordinator_UploadsNothing()
    {
        Connector.KnowMember(Activities.UserId, Coordinator);
        var consent = Assert.Single(await AskAsync(Activities.Message(ServiceUrl, "översyn Guangzhou")));
        Connector.KnowMember(Activities.UserId, "utbildning@linkoping.example");
        var other = await BotTestHost.StartAsync();
        await using (other)
        {
            var response = await other.PostAsync(Connector.AnswerConsent(consent, accept: true));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("kan bara vänortens samordnare", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"], StringComparison.Ordinal);
            Assert.Empty(Connector.Uploads);
        }
    }

    [Fact]
    public async Task ReviewOfAPartnerNotInTheRegister_SaysSo()
    {
        Connector.KnowMember(Activities.UserId, Coordinator);

        var calls = await AskAsync(Activities.Message(ServiceUrl, "översyn Shanghai"));

        Assert.Equal("Jag hittar ingen vänort som heter \"Shanghai\" i registret.", (string?)Assert.Single(calls).Body!["text"]);
    }

    [Fact]
    public async Task ReviewWithTwoPartnersWhoseNamesFoldAlike_IsAnsweredNotA500()
    {
        Connector.KnowMember(Activities.UserId, Coordinator);
        foreach (var title in new[] { "São Paulo", "Sao Paulo" })
        {
            await Host.Store.CreateAsync(Core.Schema.Lists.PartnersList.Name, Core.Schema.Lists.PartnersList.Fields(new Core.Domain.Partner(
                title, "Brasilien", Core.Domain.PartnerKind.Sister, new DateOnly(2020, 1, 1), null, "Ny kontakt", Coordinator)), CancellationToken.None);
        }

        var calls = await AskAsync(Activities.Message(ServiceUrl, "översyn Sao Paulo"));

        Assert.Equal(FakeConnectorServer.ConsentCardType, (string?)Assert.Single(calls).Body!["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task ReviewOfAPartnerNamedWithMarkdown_EchoesTheNameAsTyped()
    {
        Connector.KnowMember(Activities.UserId, Coordinator);

        var calls = await AskAsync(Activities.Message(ServiceUrl, "översyn [klicka här](https://evil.example)"));

        Assert.Equal("Jag hittar ingen vänort som heter \"\\[klicka här\\](https://evil.example)\" i registret.", (string?)Assert.Single(calls).Body!["text"]);
    }

    [Fact]
    public async Task ConsentWithoutUploadInfo_IsABadRequest()
    {
        var activity = Activities.Base("invoke", ServiceUrl, "sv-SE");
        activity["name"] = "fileConsent/invoke";
        activity["value"] = new JsonObject { ["type"] = "fileUpload", ["action"] = "accept", ["context"] = new JsonObject { ["kind"] = "review", ["partner"] = "1" } };

        var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Uploads);
    }

    /// <summary>The first message of a conversation: the bot asks the connector for the user's email, then answers; the answers.</summary>
    private async Task<IReadOnlyList<ConnectorCall>> AskAsync(JsonObject activity) =>
        [.. (await SendAsync(activity, expectedCalls: 2)).Where(c => c.Method == "POST")];
}
