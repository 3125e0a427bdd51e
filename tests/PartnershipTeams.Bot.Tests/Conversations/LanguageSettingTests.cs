using PartnershipTeams.TestSupport.FakeConnector;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>Bot:Language "sv" answers in Swedish whatever locale the client sends.</summary>
public sealed class LanguageSettingTests : IAsyncLifetime
{
    private FakeConnectorServer connector = null!;
    private BotTestHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["Bot:Language"] = "sv" });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task EnglishClientWithSwedishSetting_GetsSwedish()
    {
        await host.PostAsync(Activities.Message(connector.ServiceUrl, "help", "en-US"));

        var calls = await connector.WaitForCallsAsync(1);
        Assert.Contains("Det här kan jag hjälpa till med", calls.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingThatNamesNoSupportedLanguage_StopsTheStart()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(
            () => BotTestHost.StartAsync(new Dictionary<string, string?> { ["Bot:Language"] = "de" }));

        Assert.Contains("Bot:Language", failure.Message, StringComparison.Ordinal);
    }
}
