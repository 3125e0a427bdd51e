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

    /// <summary>The recipient has no chat with the bot, and the app could not be installed for them here (not set up); tried again a few times.</summary>
    NotInstalled,

    /// <summary>The app may not install itself for people (Graph permission or admin consent missing); not tried again.</summary>
    NoPermission,

    /// <summary>The recipient's email is not a user of the organisation; not tried again.</summary>
    UserNotFound,

    /// <summary>The app is not in the organisation's app catalog, so it cannot be installed for anyone; not tried again.</summary>
    AppNotInCatalog,

    /// <summary>Teams refused the chat (the bot was removed or blocked).</summary>
    Undeliverable,

    /// <summary>
    /// The run died while sending: it may have arrived. The Bot Connector has no idempotency key, so it is not
    /// sent again (that could make two); the digest lists it for a person to check.
    /// </summary>
    Uncertain,
}
