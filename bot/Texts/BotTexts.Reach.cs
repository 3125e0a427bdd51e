namespace PartnershipTeams.Bot.Texts;

/// <summary>Texts of cards that stay current (refresh), of reminders that could not be delivered, and of the digest on demand.</summary>
public sealed partial class BotTexts
{
    public string ReminderClosed => Text();

    public string SubmissionPending => Text();

    public string SubmissionWritten => Text();

    public string SubmissionPoison => Text();

    public string DigestUnreachable => Text();

    public string DigestOnlyForCoordinators => Text();

    /// <summary>Why a reminder could not be delivered, by reason (Unreachable.{reason}); the reason itself when it has no text.</summary>
    public string Unreachable(string reason) => TextOrNull($"Unreachable.{reason}") ?? reason;
}
