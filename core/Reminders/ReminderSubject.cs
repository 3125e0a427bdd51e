using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Reminders;

/// <summary>
/// A reminder subject over one list's typed records: every fact comes from the record (<typeparamref name="T"/>), never
/// from comparing stored text.
/// </summary>
public sealed class ReminderSubject<T>(
    string name,
    ListRecords<T> records,
    string dueColumn,
    IReadOnlyList<int> offsets,
    Func<T, string> title,
    Func<T, DateOnly?> due,
    Func<T, bool> isOpen,
    Func<T, DateOnly, bool> isOverdueOn,
    Func<T, Responsible> responsible,
    Func<T, DateOnly, DateTimeOffset, Dictionary<string, object?>> done,
    bool linksReviewDraft = false) : IReminderSubject
    where T : class
{
    public string Name => name;

    public string List => records.ListName;

    public string DueColumn => dueColumn;

    public IReadOnlyList<int> Offsets => offsets;

    public bool LinksReviewDraft => linksReviewDraft;

    public ListRecords<T> Records => records;

    public RemindedItem? Read(ListItem stored, DateOnly today) =>
        records.Read(stored) is { } record
            ? new RemindedItem(this, new ItemKey(records.ListName, stored.Id), stored, title(record), due(record), isOpen(record), isOverdueOn(record, today), responsible(record))
            : null;

    public Dictionary<string, object?> Done(RemindedItem item, DateOnly today, DateTimeOffset now) =>
        records.Read(item.Stored) is { } record ? done(record, today, now) : [];
}
