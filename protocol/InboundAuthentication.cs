namespace PartnershipTeams.Protocol;

/// <summary>
/// Whether inbound activities are authenticated, and the tenant allow-list. With an app id they always are;
/// without one, requests are served only after <see cref="ConfirmListening"/> found the app on loopback alone,
/// and only from callers on this machine.
/// </summary>
public sealed class InboundAuthentication(BotOptions options, BotTokenValidator validator)
{
    private volatile bool confirmedLocal;

    public bool Enabled => options.IsAuthenticated;

    /// <summary>Whether requests may be processed now (until the listening addresses are confirmed, unauthenticated ones may not).</summary>
    public bool Ready => Enabled || confirmedLocal;

    /// <summary>Checks the addresses the server really bound; throws when an unauthenticated bot would be reachable from elsewhere.</summary>
    public void ConfirmListening(IEnumerable<string> boundAddresses, bool underFunctionsHost) =>
        confirmedLocal = !BotAuthenticationMode.Decide(options, boundAddresses, underFunctionsHost);

    public Task<(ValidatedToken? Token, string? Problem)> ValidateAsync(string? authorization, CancellationToken cancellationToken) =>
        validator.ValidateAsync(authorization, cancellationToken);

    public bool AllowsTenant(string? tenantId)
    {
        var allowed = options.AllowedTenants.Count > 0
            ? options.AllowedTenants
            : string.IsNullOrWhiteSpace(options.TenantId) ? [] : [options.TenantId];
        return allowed.Count == 0 || (tenantId is not null && allowed.Contains(tenantId, StringComparer.OrdinalIgnoreCase));
    }
}
