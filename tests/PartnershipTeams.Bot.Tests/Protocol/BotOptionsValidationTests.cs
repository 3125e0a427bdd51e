using Microsoft.Extensions.Options;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Protocol;

/// <summary>A bot that could not answer refuses to start, naming the setting, instead of failing at its first reply.</summary>
public sealed class BotOptionsValidationTests
{
    private const string AppId = "7c0e5b1a-1111-4a8e-9d1c-000000000001";

    public static TheoryData<string, Dictionary<string, string?>> Broken() => new()
    {
        { "Bot__ClientSecret", new() { ["Bot:AppId"] = AppId, ["Bot:TenantId"] = Activities.TenantId } },
        { "Bot:TenantId", new() { ["Bot:AppId"] = AppId, ["Bot:ClientSecret"] = "s" } },
        { "Bot:AppId must be the app registration's client id", new() { ["Bot:AppId"] = "partnerships-bot", ["Bot:TenantId"] = Activities.TenantId, ["Bot:ClientSecret"] = "s" } },
        { "Bot:OpenIdMetadataUrl", new() { ["Bot:OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration" } },
        { "Bot:AllowedServiceUrlHosts", new() { ["Bot:AllowedServiceUrlHosts:0"] = " " } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task StartWithSettingsTheBotCannotWorkWith_FailsNamingTheSetting(string named, Dictionary<string, string?> settings)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(settings));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartWithAManagedIdentityInsteadOfASecret_Starts()
    {
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = Activities.TenantId,
            ["Bot:ManagedIdentityClientId"] = "9d2f0c3e-3333-4a8e-9d1c-000000000003",
        });

        Assert.NotNull(host.Client);
    }
}
