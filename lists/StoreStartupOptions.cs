namespace PartnershipTeams.Lists;

/// <summary>What happens to the store at start-up (section "Store").</summary>
public sealed class StoreStartupOptions
{
    /// <summary>Load the Linköping demo data into an empty register (on by default for the embedded store).</summary>
    public bool SeedDemoData { get; set; } = true;
}
