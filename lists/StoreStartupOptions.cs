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

    /// <summary>
    /// With the demo data, its current action plan period dated from the day of seeding (upcoming visits, follow-ups
    /// due soon and one overdue, a review due within a month), so every feature shows something on a first run.
    /// </summary>
    public bool SeedDemoCurrentPeriod { get; set; } = true;
}
