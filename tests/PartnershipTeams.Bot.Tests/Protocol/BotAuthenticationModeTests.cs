using PartnershipTeams.Protocol;

namespace PartnershipTeams.Bot.Tests.Protocol;

public sealed class BotAuthenticationModeTests
{
    [Fact]
    public void DecideWithAnAppId_AuthenticatesEverywhere()
    {
        Assert.True(BotAuthenticationMode.Decide(new BotOptions { AppId = "app" }, ["http://0.0.0.0:80"], underFunctionsHost: true));
    }

    [Theory]
    [InlineData("http://localhost:7071")]
    [InlineData("http://127.0.0.1:7071;http://[::1]:7071")]
    [InlineData("http://127.0.0.5:7071")]
    public void DecideWithoutAppIdOnLoopbackOnly_TurnsAuthenticationOff(string urls)
    {
        Assert.False(BotAuthenticationMode.Decide(new BotOptions(), urls.Split(';'), underFunctionsHost: false));
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://localhost:7071;http://10.0.0.5:7071", false)]
    [InlineData("http://127.0.0.1:7071", true)]
    [InlineData("", true)]
    [InlineData("http://loopback:7071", false)]
    [InlineData("http://[::]:7071", false)]
    [InlineData("http://*:7071", false)]
    [InlineData("http://localhost.example.com:7071", false)]
    [InlineData("http://127.0.0.1.nip.io:7071", false)]
    public void DecideWithoutAppIdAnywhereElse_RefusesToStart(string urls, bool underFunctionsHost)
    {
        var error = Assert.Throws<InvalidOperationException>(() => BotAuthenticationMode.Decide(new BotOptions(), urls.Split(';', StringSplitOptions.RemoveEmptyEntries), underFunctionsHost));

        Assert.Contains("Bot:AppId", error.Message, StringComparison.Ordinal);
    }
}
