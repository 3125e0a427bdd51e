using System.Net;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.OpenId;

namespace PartnershipTeams.Bot.Tests.Protocol;

/// <summary>Every inbound request is authenticated: only a token from the published keys, for us, in time, for this serviceUrl and tenant passes.</summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "7c0e5b1a-1111-4a8e-9d1c-000000000001";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private OpenIdTestServer openId = null!;
    private BotTestHost host = null!;

    public async Task InitializeAsync()
    {
        openId = await OpenIdTestServer.StartAsync();
        host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = Activities.TenantId,
            ["Bot:ClientSecret"] = "only-for-this-test",
            ["Bot:OpenIdMetadataUrl"] = openId.MetadataUrl,
            ["Bot:EntraMetadataUrl"] = openId.MetadataUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await openId.DisposeAsync();
    }

    private string ValidToken() => openId.Token(BotTokenValidator.BotFrameworkIssuer, AppId, ServiceUrl);

    /// <summary>An uninstall: processing it writes the conversation as inactive, and calls nobody.</summary>
    private static System.Text.Json.Nodes.JsonObject Uninstall(string? tenant = null)
    {
        var activity = Activities.Installation(ServiceUrl, "remove");
        if (tenant is not null)
        {
            activity["conversation"]!["tenantId"] = tenant;
            activity["channelData"]!["tenant"]!["id"] = tenant;
        }

        return activity;
    }

    private async Task<int> StoredConversationsAsync() => await host.ConversationAsync() is null ? 0 : 1;

    [Fact]
    public async Task PostWithAValidToken_IsProcessed()
    {
        var response = await host.PostAsync(Uninstall(), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await StoredConversationsAsync());
    }

    [Fact]
    public async Task PostWithTheTenantsEntraIssuerAndNoServiceUrlClaim_IsProcessed()
    {
        var token = openId.Token($"https://login.microsoftonline.com/{Activities.TenantId}/v2.0", AppId, serviceUrl: null, tenantId: Activities.TenantId);

        var response = await host.PostAsync(Uninstall(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> ForgedTokens() => new() { "none", "wrong audience", "wrong issuer", "expired", "bad signature", "serviceUrl mismatch", "not a jwt" };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task PostWithAForgedToken_Is401AndNothingIsProcessed(string forgery)
    {
        string? token = forgery switch
        {
            "none" => null,
            "wrong audience" => openId.Token(BotTokenValidator.BotFrameworkIssuer, "someone-elses-bot", ServiceUrl),
            "wrong issuer" => openId.Token("https://evil.example", AppId, ServiceUrl),
            "expired" => openId.Token(BotTokenValidator.BotFrameworkIssuer, AppId, ServiceUrl, expires: DateTimeOffset.UtcNow.AddMinutes(-10)),
            "bad signature" => openId.Token(BotTokenValidator.BotFrameworkIssuer, AppId, ServiceUrl, signWithUnpublishedKey: true),
            "serviceUrl mismatch" => openId.Token(BotTokenValidator.BotFrameworkIssuer, AppId, "https://smba.trafficmanager.net/amer/"),
            _ => "eyJhbGciOiJub25lIn0.e30.",
        };

        var response = await host.PostAsync(Uninstall(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await StoredConversationsAsync());
    }

    [Fact]
    public async Task PostFromATenantNotAllowed_Is401AndNothingIsProcessed()
    {
        var response = await host.PostAsync(Uninstall(tenant: "another-municipality"), ValidToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await StoredConversationsAsync());
    }

    [Fact]
    public async Task PostAfterTheKeysRollOver_RefreshesTheMetadataAndAcceptsTheNewKey()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Uninstall(), ValidToken())).StatusCode);

        openId.RollKey();
        var response = await host.PostAsync(Uninstall(), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostWithAValidTokenAndMalformedBody_Is400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoint.Path) { Content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ValidToken());

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostWithAServiceUrlOutsideTeams_Is400EvenWithAMatchingToken()
    {
        const string elsewhere = "https://attacker.example/";
        var activity = Activities.Installation(elsewhere, "remove");

        var response = await host.PostAsync(activity, openId.Token(BotTokenValidator.BotFrameworkIssuer, AppId, elsewhere));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await StoredConversationsAsync());
    }

    // Endorsements: https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot-step-3
    [Theory]
    [InlineData("skype", "msteams")]
    [InlineData("msteams", "webchat")]
    [InlineData("msteams", null)]
    public async Task PostSignedWithAKeyNotEndorsedForTheActivitysChannel_Is403AndNothingIsProcessed(string endorsedFor, string? activityChannel)
    {
        openId.Endorsements = [endorsedFor];
        var activity = Uninstall();
        activity["channelId"] = activityChannel;

        var response = await host.PostAsync(activity, ValidToken());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await StoredConversationsAsync());
    }

    [Fact]
    public async Task PostSignedWithAKeyEndorsedForSeveralChannelsIncludingTeams_IsProcessed()
    {
        openId.Endorsements = ["skype", "msteams", "webchat"];

        var response = await host.PostAsync(Uninstall(), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("https://sts.windows.net/{tenant}/")]
    [InlineData("https://login.microsoftonline.com/{tenant}/v2.0")]
    public async Task PostWithTheTenantsEntraV1OrV2Issuer_IsProcessed(string issuer)
    {
        var token = openId.Token(issuer.Replace("{tenant}", Activities.TenantId, StringComparison.Ordinal), AppId, ServiceUrl, tenantId: Activities.TenantId);

        var response = await host.PostAsync(Uninstall(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("https://sts.windows.net/another-tenant/")]
    [InlineData("https://login.microsoftonline.com/another-tenant/v2.0")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    public async Task PostWithAnotherTenantsEntraIssuer_Is401(string issuer)
    {
        var response = await host.PostAsync(Uninstall(), openId.Token(issuer, AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await StoredConversationsAsync());
    }

    [Fact]
    public async Task PostWithAnEntraTokenNamingAnotherServiceUrl_Is401()
    {
        var token = openId.Token($"https://login.microsoftonline.com/{Activities.TenantId}/v2.0", AppId, "https://smba.trafficmanager.net/amer/", tenantId: Activities.TenantId);

        var response = await host.PostAsync(Uninstall(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // "Industry-standard clock-skew is 5 minutes" (Bot Framework authentication, step 4).
    [Theory]
    [InlineData(-4, HttpStatusCode.OK)]
    [InlineData(-6, HttpStatusCode.Unauthorized)]
    public async Task PostWithATokenExpiredMinutesAgo_IsAcceptedWithinTheFiveMinuteSkewOnly(int expiredMinutes, HttpStatusCode expected)
    {
        var token = openId.Token(BotTokenValidator.BotFrameworkIssuer, AppId, ServiceUrl, expires: DateTimeOffset.UtcNow.AddMinutes(expiredMinutes));

        var response = await host.PostAsync(Uninstall(), token);

        Assert.Equal(expected, response.StatusCode);
    }
}
