namespace PartnershipTeams.Core.Reminders;

/// <summary>Where a once-only message (a reminder, a weekly digest) stands in the ledger.</summary>
public enum ReminderOutcome
{
    /// <summary>A run has taken it and is finding the recipient's chat.</summary>
    Claimed,

    /// <summary>A run is sending it now; if that run dies here, nobody knows whether Teams got it.</summary>
    Sending,

    /// <summary>Teams took it.</summary>
    Sent,

    /// <summary>The send failed; a later run tries again.</summary>
    Failed,

    /// <summary>The recipient has no chat with the bot.</summary>
    NotInstalled,

    /// <summary>Teams refused the chat (the bot was removed or blocked).</summary>
    Undeliverable,

    /// <summary>
    /// The run died while sending: it may have arrived. The Bot Connector has no idempotency key, so it is not
    /// sent again (that could make two); the digest lists it for a person to check.
    /// </summary>
    Uncertain,
}
