using System.ComponentModel.DataAnnotations;
using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// The SharePoint site and how to reach it (section "SharePoint"). Setting <see cref="SiteUrl"/> switches the
/// product from the embedded store to SharePoint. Secrets come from the environment or Key Vault only.
/// </summary>
public sealed class GraphStoreOptions
{
    public const string Section = "SharePoint";

    /// <summary>The site holding the lists, e.g. https://contoso.sharepoint.com/sites/partnerships.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>Graph's v1.0 endpoint; another for national clouds or a local test server.</summary>
    [Required]
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Client id of a user-assigned managed identity (in Azure); when set, it is the credential used.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Entra tenant and app registration, for a certificate or secret outside Azure.</summary>
    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Path to a PEM or PFX certificate of the app registration.</summary>
    public string? ClientCertificatePath { get; set; }

    /// <summary>Only from the environment (SharePoint__ClientSecret) or Key Vault; never in a committed file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Retries of a throttled (429/503/504) request, each after the server's Retry-After.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>The most a single call waits across its retries before it gives up.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(60);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SiteUrl);
}
