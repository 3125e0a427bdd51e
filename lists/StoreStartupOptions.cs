using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists;

/// <summary>What happens to the store at start-up (section "Store").</summary>
public sealed class StoreStartupOptions
{
    /// <summary>
    /// Load the Linköping demo data. Unset means: into the embedded store only, never into a SharePoint site
    /// unless asked for explicitly.
    /// </summary>
    public bool? SeedDemoData { get; set; }
}
