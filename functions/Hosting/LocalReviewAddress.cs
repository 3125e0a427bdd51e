using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Web.Reports;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>Standalone, the review's URL on this app (where Kestrel really listens); under the Functions host none (SharePoint holds the drafts).</summary>
public sealed class LocalReviewAddress(HostingMode hosting, IConfiguration configuration, IServer server) : ILocalReviewAddress
{
    private const string DefaultLocalUrl = "http://localhost:7071";

    public Uri? ReviewOf(int partnerId, CultureInfo culture)
    {
        if (hosting.UnderFunctionsHost)
        {
            return null;
        }

        // Where this app really listens (Kestrel), else the configured address unless it asks for any free port, else the default.
        var local = (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Concat(configuration["urls"]?.Split(';') ?? [])
            .FirstOrDefault(a => !a.EndsWith(":0", StringComparison.Ordinal)) ?? DefaultLocalUrl;
        local = local.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate($"{local.TrimEnd('/')}{ReviewReportEndpoints.Path}?partner={partnerId}&lang={culture.TwoLetterISOLanguageName}", UriKind.Absolute, out var url) ? url : null;
    }
}
