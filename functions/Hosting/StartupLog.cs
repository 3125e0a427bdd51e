using PartnershipTeams.Core.Lists;
using PartnershipTeams.Protocol;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>Tells the person who started the app where its data is and which URLs serve what, or why it does not serve.</summary>
public static partial class StartupLog
{
    public static async Task LogWhatIsServedAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var health = await app.Services.GetRequiredService<IListStore>().CheckHealthAsync(cancellationToken);
        foreach (var address in app.BoundAddresses().Select(a => a.TrimEnd('/')))
        {
            LogServing(app.Logger, health.Kind, health.Location, address);
        }

        if (!app.IsBotAuthenticated())
        {
            LogUnauthenticated(app.Logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "BOT AUTHENTICATION IS OFF: no Bot:AppId is set and the app listens on loopback only. Requests to /api/messages from this machine are trusted. Never run like this outside a developer's machine.")]
    private static partial void LogUnauthenticated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "PartnershipTeams ready. Store: {StoreKind} at {StoreLocation}. Register: {Address}/lists  Health: {Address}/health  Bot: {Address}/api/messages")]
    private static partial void LogServing(ILogger logger, StoreKind storeKind, string storeLocation, string address);

    /// <summary>How the line begins, wherever it is written.</summary>
    public const string RefusedToStartPrefix = "Not starting: ";

    [LoggerMessage(Level = LogLevel.Critical, Message = RefusedToStartPrefix + "{Reason}")]
    public static partial void LogRefusedToStart(ILogger logger, string reason);
}
