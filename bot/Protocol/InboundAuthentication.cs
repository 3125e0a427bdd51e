using System.Security.Claims;

namespace PartnershipTeams.Bot.Protocol;

/// <summary>Whether inbound activities are authenticated (decided once at start-up), and the tenant allow-list.</summary>
public sealed class InboundAuthentication(BotOptions options, BotTokenValidator validator, bool enabled)
{
    public bool Enabled => enabled;

    public Task<(ClaimsIdentity? Identity, string? Problem)> ValidateAsync(string? authorization, CancellationToken cancellationToken) =>
        validator.ValidateAsync(authorization, cancellationToken);

    public bool AllowsTenant(string? tenantId)
    {
        var allowed = options.AllowedTenants.Count > 0
            ? options.AllowedTenants
            : string.IsNullOrWhiteSpace(options.TenantId) ? [] : [options.TenantId];
        return allowed.Count == 0 || (tenantId is not null && allowed.Contains(tenantId, StringComparer.OrdinalIgnoreCase));
    }
}
