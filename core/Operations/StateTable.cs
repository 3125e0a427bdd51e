namespace PartnershipTeams.Core.Operations;

/// <summary>The tables of the app's own bookkeeping (never shown to managers as register lists).</summary>
public enum StateTable
{
    /// <summary>Every submission acknowledged in Teams, until the register holds it.</summary>
    Submissions,

    /// <summary>The once-only ledger of reminders and digests.</summary>
    Reminders,

    /// <summary>Where the bot can reach a user or a channel proactively.</summary>
    Conversations,

    /// <summary>The sync's saved places (delta tokens, change subscriptions) and which version provisioned the register when.</summary>
    SyncState,
}
