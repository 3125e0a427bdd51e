using System.Net;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>
/// Issue 25 item 5: one conversation flooded while its replies are stuck at the connector. A request waits for its
/// reply's turn only so long behind so many others; past that it is answered without the reply (what it caused is
/// recorded first), so Teams — which gives up on a request after 15 s — never waits behind the flood.
/// </summary>
public sealed class FloodedConversationTests : ConversationTestBase
{
    [Fact]
    public async Task ThirtyMessagesBehindAStuckReply_AreAllAnsweredWhileItIsStuck()
    {
        Connector.HoldSends();
        var first = Host.PostAsync(Activities.Message(ServiceUrl, "hjälp"));
        await Connector.WaitForCallsAsync(1);

        var flood = Enumerable.Range(0, 30).Select(_ => Host.PostAsync(Activities.Message(ServiceUrl, "hjälp"))).ToList();
        var answered = await Task.WhenAll(flood).WaitAsync(TimeSpan.FromSeconds(12));

        Assert.All(answered, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Connector.ReleaseSends();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
    }
}
