using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Bot.Protocol;

namespace PartnershipTeams.Bot;

/// <summary>What the host does for the bot once the server listens.</summary>
public static class BotHostingExtensions
{
    /// <summary>The addresses the server really bound (none for an in-process test server).</summary>
    public static IReadOnlyList<string> BoundAddresses(this WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    /// <summary>
    /// Lets the bot serve: checks the bound addresses against its authentication mode. Throws (and nothing has been
    /// served unauthenticated) when an unauthenticated bot would be reachable from another machine.
    /// </summary>
    public static void ConfirmBotListening(this WebApplication app, bool underFunctionsHost) =>
        app.Services.GetRequiredService<InboundAuthentication>().ConfirmListening(app.BoundAddresses(), underFunctionsHost);
}
