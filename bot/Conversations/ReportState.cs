namespace PartnershipTeams.Bot.Conversations;

/// <summary>Where a user's visit report stands.</summary>
public enum ReportState
{
    /// <summary>Accepted; the register does not hold it yet.</summary>
    Received,

    InRegister,

    /// <summary>In the register, corrected from Teams.</summary>
    Corrected,

    /// <summary>In the register; a correction is accepted and not applied yet.</summary>
    CorrectionReceived,

    /// <summary>In the register; a withdrawal is accepted and not applied yet.</summary>
    WithdrawalReceived,

    /// <summary>Withdrawn: kept in the register, marked.</summary>
    Withdrawn,

    /// <summary>Every attempt to write it failed; kept aside for the international function.</summary>
    KeptAside,
}
