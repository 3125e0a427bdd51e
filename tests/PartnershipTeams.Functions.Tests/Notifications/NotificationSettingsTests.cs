using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Notifications;

/// <summary>Change-notification settings that would silently not work stop the start, naming the setting.</summary>
public sealed class NotificationSettingsTests
{
    [Theory]
    [InlineData("https://partnerships.example/api/notifications", null, "00:00:10", "Notifications__ClientState")]
    [InlineData(null, "client-state-secret-1", "00:00:10", "Notifications__ClientState")]
    [InlineData("http://partnerships.example/api/notifications", "client-state-secret-1", "00:00:10", "https")]
    [InlineData("https://partnerships.example/api/notifications", "client-state-secret-1", "00:00:00", "Notifications:Debounce")]
    public async Task StartWithNotificationSettingsThatCannotWork_Fails(string? url, string? clientState, string debounce, string named)
    {
        await using var app = new ProductApp(DateTimeOffset.UnixEpoch, new Dictionary<string, string?>
        {
            ["Notifications:Url"] = url,
            ["Notifications:ClientState"] = clientState,
            ["Notifications:Debounce"] = debounce,
        });

        // The start-up check the entry points run before serving (how the process ends: Hosting/MisconfiguredStartTests).
        var failure = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
