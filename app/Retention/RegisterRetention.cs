using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Application.Retention;

/// <summary>
/// Removes personal data from the register when its period ends: every column a list's schema declares
/// <see cref="ColumnDefinition.PersonalData"/> (a visit's participants after its last day, in the visit and in its
/// versions; who reported, corrected or changed an item after doing so; how to reach a contact nobody has met for the
/// period). The item stays (it is the cooperation's record); the field reads "(gallrat)", so a manager sees it was
/// removed on purpose and the next run leaves it. Written with If-Match on the item as read, so a manager's concurrent
/// edit wins (the next run comes back to it). The run reads each list that holds such data page by page (a daily read of
/// 10,000 visits is 50 pages of 200, about 100 resource units of SharePoint's 1,250 a minute), which finds old items
/// wherever their dates are, also those reported late or edited since.
/// </summary>
public sealed class RegisterRetention(IListStore store, TimeProvider time)
{
    private const int PageSize = 200;

    private static string Removed => DomainTexts.For(Languages.Swedish).RemovedAfterRetention;

    /// <summary>How many values were removed, by kind ("visit_participants", "reporter_emails", "contact_details").</summary>
    public async Task<IReadOnlyDictionary<string, int>> ApplyAsync(RetentionOptions options, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var removed = Enum.GetValues<PersonalDataKind>().ToDictionary(PartnershipMetrics.Value, _ => 0);
        foreach (var schema in PartnershipLists.All)
        {
            // A kind kept for ever (period 0) is not looked at; a list with nothing due is not read.
            var due = schema.Columns
                .Where(c => c.PersonalData is not null)
                .Select(c => (c.Name, Data: c.PersonalData!, Cutoff: RetentionOptions.Cutoff(options.PeriodOf(c.PersonalData!.Kind), now)))
                .Where(c => c.Cutoff is not null)
                .ToList();
            if (due.Count == 0)
            {
                continue;
            }

            await ForEachPageAsync(schema.Name, page => Expired(page, item =>
            {
                var fields = new Dictionary<string, object?>();
                foreach (var (column, data, cutoff) in due)
                {
                    if (data.StartedBefore(item, cutoff!.Value) && Holds(item, column))
                    {
                        fields[column] = Removed;
                        removed[PartnershipMetrics.Value(data.Kind)]++;
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
