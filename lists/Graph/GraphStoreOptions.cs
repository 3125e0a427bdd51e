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

    /// <summary>
    /// The site's time zone (IANA id) as set in its regional settings: SharePoint keeps a date-only value as midnight in
    /// it. Graph v1.0 does not expose regional settings (beta has GET /sites/{id}/settings), so it is configured.
    /// </summary>
    [Required]
    public string SiteTimeZone { get; set; } = "Europe/Stockholm";

    /// <summary>
    /// The organisation in the User-Agent SharePoint asks callers to send, "NONISV|{Organisation}|PartnershipTeams/{version}":
    /// decorated traffic is throttled last. Printable ASCII without '|'.
    /// </summary>
    [Required]
    [RegularExpression(@"^[\x20-\x7B\x7D\x7E]+$")]
    public string Organisation { get; set; } = "Linkopings kommun";

    /// <summary>
    /// The site's SharePoint REST root, for list titles and views. By default the site URL itself; with a local test server
    /// as Graph (a loopback address), that server at the site's path.
    /// </summary>
    public string? SharePointRestUrl { get; set; }

    /// <summary>Where the SharePoint REST API of the site is (see <see cref="SharePointRestUrl"/>).</summary>
    public Uri RestRoot
    {
        get
        {
            var site = new Uri(SiteUrl ?? throw new InvalidOperationException("SharePoint:SiteUrl is not set."));
            var graph = new Uri(GraphBaseUrl);
            var root = SharePointRestUrl ?? (graph.IsLoopback ? $"{graph.GetLeftPart(UriPartial.Authority)}{site.AbsolutePath}" : site.ToString());
            return new Uri(root.TrimEnd('/') + "/");
        }
    }

    /// <summary>The zone of <see cref="SiteTimeZone"/>.</summary>
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(SiteTimeZone);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SiteUrl);
}
