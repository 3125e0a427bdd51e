using Azure.Core;
using Azure.Identity;

namespace PartnershipTeams.Functions.Telemetry;

/// <summary>
/// How the exporter signs in to Application Insights. Our infrastructure turns its local (key) authentication off and
/// sets APPLICATIONINSIGHTS_AUTHENTICATION_STRING "ClientId=…;Authorization=AAD" for the Functions host, as Microsoft
/// documents for Functions (learn.microsoft.com/azure/azure-monitor/app/azure-ad-authentication); the app reads the same.
/// </summary>
public static class AzureMonitorCredential
{
    public const string Variable = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>The managed identity the string names (system-assigned without a client id), or null for key authentication.</summary>
    public static TokenCredential? From(IConfiguration configuration)
    {
        var parts = (configuration[Variable] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!string.Equals(parts.GetValueOrDefault("Authorization"), "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.GetValueOrDefault("ClientId") is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
