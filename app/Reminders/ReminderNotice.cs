using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Application.Reminders;

/// <summary>What a reminder card says: the reminder, the days left on the day it is sent, and a review draft to open (T-30 of a review cycle).</summary>
public sealed record ReminderNotice(PlannedReminder Reminder, int DaysLeft, Uri? Draft);
