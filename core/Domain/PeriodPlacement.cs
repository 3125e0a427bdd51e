namespace PartnershipTeams.Core.Domain;

/// <summary>Where a dated item lies relative to a review's period.</summary>
public enum PeriodPlacement
{
    /// <summary>It ended before the period began: if still open, it was carried over into the period.</summary>
    Before,

    /// <summary>It ran, or was due, in the period.</summary>
    Within,

    /// <summary>It begins after the period.</summary>
    After,
}
