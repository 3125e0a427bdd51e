using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Lists;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>Tells the person who started the app where its data is and which URLs serve what.</summary>
public static partial class StartupLog
{
    public static void LogWhatIsServedOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(async () =>
        {
            var store = app.Services.GetRequiredService<IListStore>();
            var health = await store.CheckHealthAsync(app.Lifetime.ApplicationStopping);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses.Select(a => a.TrimEnd('/')))
            {
                LogServing(app.Logger, health.Kind, health.Location, address);
            }
        });
    }

    public static void WarnWhenBotIsUnauthenticated(this WebApplication app, InboundAuthentication authentication)
    {
        if (!authentication.Enabled)
        {
            LogUnauthenticated(app.Logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "BOT AUTHENTICATION IS OFF: no Bot:AppId is set and the app listens on loopback only. Every request to /api/messages is trusted. Never run like this outside a developer's machine.")]
    private static partial void LogUnauthenticated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "PartnershipTeams ready. Store: {StoreKind} at {StoreLocation}. Register: {Address}/lists  Health: {Address}/health  Bot: {Address}/api/messages")]
    private static partial void LogServing(ILogger logger, string storeKind, string storeLocation, string address);
}
