namespace PartnershipTeams.Core.Operations;

/// <summary>Where an accepted submission stands.</summary>
public enum SubmissionStatus
{
    /// <summary>Acknowledged to the user; the register does not hold it yet.</summary>
    Pending,

    /// <summary>Everything it causes is in the register.</summary>
    Written,

    /// <summary>It failed every attempt; kept for a person to look at (listed in the digest and the register browser).</summary>
    Poison,
}
