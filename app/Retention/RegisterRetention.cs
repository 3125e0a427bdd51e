using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Application.Retention;

/// <summary>
/// Removes personal data from the register when its period ends: a visit's participants after its last day (in the
/// visit and in its versions), who reported, corrected or changed a visit or reported a goal update after doing so, and how to reach a contact nobody has met for the period. The item stays (it is the cooperation's record); the field reads
/// "(gallrat)", so a manager sees it was removed on purpose and the next run leaves it. Written with If-Match on the item
/// as read, so a manager's concurrent edit wins (the next run comes back to it). The run reads each of the lists
/// page by page (a daily read of 10,000 visits is 50 pages of 200, about 100 resource units of SharePoint's 1,250 a
/// minute), which finds old items wherever their dates are, also those reported late or edited since.
/// </summary>
public sealed class RegisterRetention(IListStore store, TimeProvider time)
{
    private const int PageSize = 200;

    private static string Removed => DomainTexts.For(Languages.Swedish).RemovedAfterRetention;

    /// <summary>How many values were removed, by kind ("visit_participants", "reporter_emails", "contact_details").</summary>
    public async Task<IReadOnlyDictionary<string, int>> ApplyAsync(RetentionOptions options, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var participants = RetentionOptions.Cutoff(options.VisitParticipants, now);
        var reporters = RetentionOptions.Cutoff(options.ReporterEmails, now);
        var removed = new Dictionary<string, int> { ["visit_participants"] = 0, ["reporter_emails"] = 0, ["contact_details"] = 0 };

        await ForEachPageAsync(VisitsList.Name, page => Expired(page, visit =>
        {
            var fields = new Dictionary<string, object?>();
            var ended = visit.Date(VisitsList.End) ?? visit.Date(VisitsList.Start);
            if (participants is { } p && ended < BusinessTimeZone.DateOf(p) && Holds(visit, VisitsList.Participants))
            {
                fields[VisitsList.Participants] = Removed;
                removed["visit_participants"]++;
            }

            var reported = visit.Instant(VisitsList.ReportedAt);
            if (reporters is { } r && (reported is { } at ? at < r : ended < BusinessTimeZone.DateOf(r)) && Holds(visit, VisitsList.ReportedByEmail))
            {
                fields[VisitsList.ReportedByEmail] = Removed;
                removed["reporter_emails"]++;
            }

            if (reporters is { } c && visit.Instant(VisitsList.CorrectedAt) is { } corrected && corrected < c && Holds(visit, VisitsList.CorrectedByEmail))
            {
                fields[VisitsList.CorrectedByEmail] = Removed;
                removed["reporter_emails"]++;
            }

            return fields;
        }), cancellationToken);

        // A visit's history holds the same people: its participants as each version read, and who changed it.
        await ForEachPageAsync(VisitVersionsList.Name, page => Expired(page, version =>
        {
            var fields = new Dictionary<string, object?>();
            var ended = version.Date(VisitsList.End) ?? version.Date(VisitsList.Start);
            if (participants is { } p && ended < BusinessTimeZone.DateOf(p) && Holds(version, VisitsList.Participants))
            {
                fields[VisitsList.Participants] = Removed;
                removed["visit_participants"]++;
            }

            if (reporters is { } r && version.Instant(VisitVersionsList.ChangedAt) is { } changed && changed < r && Holds(version, VisitVersionsList.ChangedByEmail))
            {
                fields[VisitVersionsList.ChangedByEmail] = Removed;
                removed["reporter_emails"]++;
            }

            return fields;
        }), cancellationToken);

        if (reporters is { } cutoff)
        {
            await ForEachPageAsync(GoalUpdatesList.Name, page => Expired(page, update =>
            {
                var fields = new Dictionary<string, object?>();
                if (update.Instant(GoalUpdatesList.ReportedAt) is { } reported && reported < cutoff && Holds(update, GoalUpdatesList.ReportedByEmail))
                {
                    fields[GoalUpdatesList.ReportedByEmail] = Removed;
                    removed["reporter_emails"]++;
                }

                return fields;
            }), cancellationToken);
        }

        if (RetentionOptions.Cutoff(options.ContactDetails, now) is { } untouched)
        {
            // A contact not met (nor edited) within the period: how to reach them goes; who they are and where stays.
            await ForEachPageAsync(ContactsList.Name, page => Expired(page, contact =>
            {
                var fields = new Dictionary<string, object?>();
                var last = contact.Date(ContactsList.LastContact) is { } met ? met : BusinessTimeZone.DateOf(contact.Modified);
                if (last < BusinessTimeZone.DateOf(untouched))
                {
                    foreach (var column in new[] { ContactsList.Email, ContactsList.Phone, ContactsList.Notes }.Where(c => Holds(contact, c)))
                    {
                        fields[column] = Removed;
                        removed["contact_details"]++;
                    }
                }

                return fields;
            }), cancellationToken);
        }

        return removed;
    }

    private async Task ForEachPageAsync(string list, Func<IReadOnlyList<ListItem>, List<ItemUpdate>> updatesOf, CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await store.ReadPageAsync(list, continuation, PageSize, cancellationToken);
            var updates = updatesOf(page.Items);
            if (updates.Count > 0)
            {
                // A conflict is a manager's edit made since the read: the item is looked at again on the next run.
                await store.UpdateManyAsync(list, updates, cancellationToken);
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    private static List<ItemUpdate> Expired(IEnumerable<ListItem> items, Func<ListItem, Dictionary<string, object?>> fieldsToRemove) =>
        [.. items.Select(item => (item, Fields: fieldsToRemove(item))).Where(x => x.Fields.Count > 0).Select(x => new ItemUpdate(x.item.Id, x.Fields, x.item.ETag))];

    private static bool Holds(ListItem item, string column) => item.Text(column) is { Length: > 0 } value && value != Removed;
}
