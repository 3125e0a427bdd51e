using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.Protocol;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Conversations;

public sealed class MalformedRequestTests : ConversationTestBase
{
    [Theory]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\": 42}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hjälp\"}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:1/\"")]
    public async Task PostWithAMalformedActivity_Is400AndNothingIsSent(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await Host.Client.PostAsync(new Uri(BotEndpoint.Path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task PostWithAServiceUrlOffLoopbackInLocalMode_Is400()
    {
        var response = await Host.PostAsync(Activities.Message("http://192.0.2.10/", "hjälp"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SubmitWithAnUnknownVerb_AnswersWithHelp()
    {
        var calls = await SendAsync(Activities.Submit(ServiceUrl, new JsonObject { ["verb"] = "delete.everything" }));

        Assert.Contains("Jag förstod inte det.", calls.Last().CardText, StringComparison.Ordinal);
    }
}
