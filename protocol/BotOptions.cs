namespace PartnershipTeams.Protocol;

/// <summary>The bot's identity and trust settings (section "Bot"). Secrets only from the environment or Key Vault.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The app registration's client id; without it the bot runs unauthenticated, and only on loopback.</summary>
    public string? AppId { get; set; }

    /// <summary>The single tenant of the app registration; its Entra issuer is accepted besides Bot Framework's.</summary>
    public string? TenantId { get; set; }

    /// <summary>Tenants whose activities are processed; empty means only <see cref="TenantId"/> (or any, when that is unset too).</summary>
    public IList<string> AllowedTenants { get; init; } = [];

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Entra metadata of the tenant; {tenant} is replaced by <see cref="TenantId"/>.</summary>
    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Hosts the bot may send to (and so send its token to); subdomains included.</summary>
    public IList<string> AllowedServiceUrlHosts { get; init; } = ["smba.trafficmanager.net", "botframework.com", "teams.microsoft.com", "teams.microsoft.us"];

    /// <summary>
    /// Hosts a file the user accepted may be uploaded to (the upload URL Teams hands over points into the user's
    /// OneDrive for Business); subdomains included. Loopback too when unauthenticated.
    /// </summary>
    public IList<string> AllowedFileUploadHosts { get; init; } = ["sharepoint.com", "sharepoint.us", "sharepoint-mil.us", "sharepoint.cn"];

    /// <summary>Client id of a user-assigned managed identity for outbound calls; else the secret below.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Only from the environment (Bot__ClientSecret) or Key Vault.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The Teams app's id in its manifest (the catalog's externalId); the bot's app id unless set.</summary>
    public string? ManifestId { get; set; }

    /// <summary>Microsoft Graph, for proactive installation (national clouds, or a local test server).</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// Where proactive messages go for a chat the bot has no stored address for yet (one just installed through Graph):
    /// the global Teams service URL the proactive messaging docs give.
    /// </summary>
    public string ServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    public string? EffectiveManifestId => string.IsNullOrWhiteSpace(ManifestId) ? AppId : ManifestId;

    public bool IsAuthenticated => !string.IsNullOrWhiteSpace(AppId);
}
