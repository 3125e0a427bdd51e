using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>
/// In a team channel the bot hears only messages that @mention it; Teams puts the mention in the text as
/// <c>&lt;at&gt;name&lt;/at&gt;</c> (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations#retrieve-mentions),
/// which the bot strips before reading the command.
/// </summary>
public sealed class ChannelTests : ConversationTestBase
{
    private const string ChannelConversation = "19:internationella@thread.tacv2;messageid=1732500000000";

    private JsonObject InChannel(string text)
    {
        var activity = Activities.Message(ServiceUrl, text);
        activity["conversation"] = new JsonObject { ["id"] = ChannelConversation, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Activities.TenantId };
        activity["channelData"]!["teamsChannelId"] = "19:internationella@thread.tacv2";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Vänortssamarbete</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "Vänortssamarbete" },
        });
        return activity;
    }

    [Theory]
    [InlineData("<at>Vänortssamarbete</at> kommande besök")]
    [InlineData("<at>Vänortssamarbete</at>&nbsp;kommande besök")]
    [InlineData("<p><at>Vänortssamarbete</at> kommande besök</p>")]
    public async Task CommandWithTheBotMentioned_IsAnsweredInTheChannel(string text)
    {
        var calls = await SendAsync(InChannel(text));

        var answer = Assert.Single(calls);
        Assert.Equal($"/v3/conversations/{ChannelConversation}/activities", answer.Path);
        Assert.Contains("Kommande besök", answer.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MentionAlone_AnswersWithHelpNotAGuess()
    {
        var calls = await SendAsync(InChannel("<at>Vänortssamarbete</at>"));

        Assert.Contains("Jag förstod inte det.", Assert.Single(calls).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyVisitsInAChannel_IsShownOnlyInAPersonalChatAsTheReportsNameParticipants()
    {
        var calls = await SendAsync(InChannel("<at>Vänortssamarbete</at> mina besök"));

        var answer = Assert.Single(calls);
        Assert.Contains("bara i en personlig chatt", (string?)answer.Body!["text"], StringComparison.Ordinal);
        Assert.Null(answer.Card);
    }
}
