using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;
using PartnershipTeams.Protocol;

namespace PartnershipTeams.Bot.Tests.Protocol;

/// <summary>
/// The signing-key source when the metadata endpoint fails or hangs: it is asked at most once a minute, and
/// requests keep validating with the keys already held instead of waiting for it.
/// </summary>
public sealed class OpenIdKeySourceTests
{
    private const string Metadata = "https://login.example/.well-known/openid-configuration";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private readonly Retriever retriever = new();

    private OpenIdKeySource Source() => new(Metadata, retriever, clock, NullLogger.Instance);

    [Fact]
    public async Task EndpointAnswering404_IsAskedOnceAMinuteHoweverManyRequestsCome()
    {
        retriever.Fail = true;
        var source = Source();

        for (var i = 0; i < 1000; i++)
        {
            Assert.Empty(await source.GetKeysAsync(unknownKey: i % 2 == 0, CancellationToken.None));
        }

        clock.Advance(TimeSpan.FromSeconds(61));
        for (var i = 0; i < 1000; i++)
        {
            await source.GetKeysAsync(unknownKey: false, CancellationToken.None);
        }

        Assert.Equal(2, retriever.Requests(Metadata));
    }

    [Fact]
    public async Task HangingEndpointWithKeysHeld_DelaysNoRequestAndKeepsTheKeys()
    {
        var source = Source();
        var held = await source.GetKeysAsync(unknownKey: false, CancellationToken.None);
        retriever.Hang = true;
        clock.Advance(TimeSpan.FromHours(25));

        var keys = source.GetKeysAsync(unknownKey: false, CancellationToken.None);

        Assert.True(keys.IsCompleted, "a request waited for the metadata endpoint although keys were held");
        Assert.Equal(held.Select(k => k.KeyId), (await keys).Select(k => k.KeyId));
    }

    [Fact]
    public async Task TokensWithForgedKeyIds_FetchAtMostOnceAMinuteEach()
    {
        var source = Source();
        await source.GetKeysAsync(unknownKey: false, CancellationToken.None);

        for (var i = 0; i < 1000; i++)
        {
            await source.GetKeysAsync(unknownKey: true, CancellationToken.None);
        }

        Assert.Equal(2, retriever.Requests(Metadata));
    }

    [Fact]
    public async Task KeysOlderThan24Hours_AreFetchedAgainAndANewKeyIsUsedFromThen()
    {
        var source = Source();
        await source.GetKeysAsync(unknownKey: false, CancellationToken.None);
        retriever.KeyId = "key-2";

        clock.Advance(TimeSpan.FromHours(23));
        await source.GetKeysAsync(unknownKey: false, CancellationToken.None);
        Assert.Equal(1, source.Fetches);

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await source.GetKeysAsync(unknownKey: false, CancellationToken.None);
        Assert.Equal(2, source.Fetches);

        // A token naming the new key waits for the refresh under way (or fetches once more): either way key-2 is held.
        Assert.Equal(["key-2"], (await source.GetKeysAsync(unknownKey: true, CancellationToken.None)).Select(k => k.KeyId));
    }

    [Fact]
    public async Task KeysPublishedWithEndorsements_AreKeptPerKeyId()
    {
        retriever.Endorsements = ["msteams", "skype"];
        var source = Source();

        await source.GetKeysAsync(unknownKey: false, CancellationToken.None);

        Assert.Equal(["msteams", "skype"], source.EndorsementsOf("key-1"));
        Assert.Null(source.EndorsementsOf("key-unknown"));
    }

    /// <summary>The metadata and its key set, or a 404, or an answer that never comes.</summary>
    private sealed class Retriever : IDocumentRetriever
    {
        private readonly Dictionary<string, int> requests = [];
        private readonly System.Security.Cryptography.RSA rsa = System.Security.Cryptography.RSA.Create(2048);

        public string KeyId { get; set; } = "key-1";

        public IReadOnlyList<string>? Endorsements { get; set; }

        public bool Fail { get; set; }

        public bool Hang { get; set; }

        public int Requests(string address)
        {
            lock (requests)
            {
                return requests.GetValueOrDefault(address);
            }
        }

        public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
        {
            lock (requests)
            {
                requests[address] = requests.GetValueOrDefault(address) + 1;
            }

            if (Hang)
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }

            if (Fail)
            {
                throw new IOException("IDX20807: 404 Not Found");
            }

            if (address == Metadata)
            {
                return new JsonObject { ["issuer"] = "https://login.example", ["jwks_uri"] = "https://login.example/keys" }.ToJsonString();
            }

            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa) { KeyId = KeyId });
            var published = new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E };
            if (Endorsements is { } endorsed)
            {
                published["endorsements"] = new JsonArray([.. endorsed.Select(e => (JsonNode)e)]);
            }

            return new JsonObject { ["keys"] = new JsonArray(published) }.ToJsonString();
        }
    }
}
