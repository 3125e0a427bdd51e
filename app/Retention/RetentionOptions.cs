using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Application.Retention;

/// <summary>
/// How long each kind of personal data is kept (section "Retention"; docs/DATA-INVENTORY.md says why each). A period
/// is a TimeSpan ("30" is 30 days, "1461.00:00:00" four years); 0 keeps that kind for ever. The municipality's document
/// management plan (dokumenthanteringsplan) decides the register's periods: a removal is a culling (gallring).
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Names of a visit's participants (<see cref="PersonalDataKind.VisitParticipants"/>), from the visit's last day: one action-plan period (four years) by default.</summary>
    public TimeSpan VisitParticipants { get; set; } = TimeSpan.FromDays(1461);

    /// <summary>Who reported, corrected or changed an item (each column a list declares <see cref="PersonalDataKind.ReporterEmails"/>), from when they did.</summary>
    public TimeSpan ReporterEmails { get; set; } = TimeSpan.FromDays(1461);

    /// <summary>A contact's email, phone and notes (<see cref="PersonalDataKind.ContactDetails"/>), from the last contact (a visit that met them) or, with none, the item's last change.</summary>
    public TimeSpan ContactDetails { get; set; } = TimeSpan.FromDays(1461);

    /// <summary>A submission in the operational log once the register holds it (its payload names people), from its receipt.</summary>
    public TimeSpan WrittenSubmissions { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The reference of a chat the bot was removed from or blocked in, from then.</summary>
    public TimeSpan InactiveConversations { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A reminders ledger entry (its key and recipient are emails), from its last claim or send; at least 45 days.</summary>
    public TimeSpan ReminderLedger { get; set; } = TimeSpan.FromDays(90);

    /// <summary>What is wrong with the periods, or null.</summary>
    public string? Problem()
    {
        var periods = new[]
        {
            (nameof(VisitParticipants), VisitParticipants), (nameof(ReporterEmails), ReporterEmails), (nameof(ContactDetails), ContactDetails),
            (nameof(WrittenSubmissions), WrittenSubmissions),
            (nameof(InactiveConversations), InactiveConversations), (nameof(ReminderLedger), ReminderLedger),
        };
        if (periods.FirstOrDefault(p => p.Item2 < TimeSpan.Zero) is ({ } negative, var period))
        {
            return $"{Section}:{negative} must be 0 (kept for ever) or a positive period such as 30 (days); got {period}. Retention periods cannot be negative.";
        }

        return ReminderLedger > TimeSpan.Zero && ReminderLedger < Reminders.ReminderLedger.RetentionFloor
            ? $"Retention:ReminderLedger must be 0 or at least {Reminders.ReminderLedger.RetentionFloor.TotalDays:0} days: a shorter one could send a reminder twice."
            : null;
    }

    /// <summary>The period of a kind of personal data the register's lists declare on their columns.</summary>
    public TimeSpan PeriodOf(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.VisitParticipants => VisitParticipants,
        PersonalDataKind.ReporterEmails => ReporterEmails,
        PersonalDataKind.ContactDetails => ContactDetails,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A kind of personal data without a retention period."),
    };

    /// <summary>The instant before which data kept for <paramref name="period"/> is due for removal; null when kept for ever.</summary>
    public static DateTimeOffset? Cutoff(TimeSpan period, DateTimeOffset now) => period > TimeSpan.Zero ? now - period : null;
}
