using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>On a laptop without SharePoint, an item's page in this app's register browser (/lists/{list}/{id}), where Kestrel really listens.</summary>
public sealed class LocalItemAddress(IConfiguration configuration, IServer server) : IItemAddress
{
    private const string DefaultLocalUrl = "http://localhost:7071";

    public Uri? ItemAt(string list, int id)
    {
        var local = (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Concat(configuration["urls"]?.Split(';') ?? [])
            .FirstOrDefault(a => !a.EndsWith(":0", StringComparison.Ordinal)) ?? DefaultLocalUrl;
        local = local.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(string.Create(CultureInfo.InvariantCulture, $"{local.TrimEnd('/')}/lists/{Uri.EscapeDataString(list)}/{id}"), UriKind.Absolute, out var url) ? url : null;
    }
}
