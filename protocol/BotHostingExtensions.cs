using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Protocol;

namespace PartnershipTeams.Protocol;

/// <summary>What the host does for the bot: map its endpoint, and once the server listens, let it serve.</summary>
public static class BotHostingExtensions
{
    /// <summary>POST /api/messages, where Teams sends activities.</summary>
    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder endpoints) => BotEndpoint.Map(endpoints);

    /// <summary>False when the bot runs without an app id, trusting callers on this machine (a developer's laptop).</summary>
    public static bool IsBotAuthenticated(this WebApplication app) => app.Services.GetRequiredService<InboundAuthentication>().Enabled;

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
