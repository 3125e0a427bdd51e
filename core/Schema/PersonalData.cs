namespace PartnershipTeams.Core.Schema;

/// <summary>
/// A column holds personal data of a <see cref="Kind"/>, kept for that kind's retention period from the first of the item's
/// <see cref="From"/> columns that holds a day or a moment, or (<see cref="OrLastChange"/>) from the item's last change when
/// none does. The retention run removes the value then; the item stays. Declared on the column, so a new list's personal
/// data is culled with no code of its own.
/// </summary>
public sealed record PersonalData(PersonalDataKind Kind, IReadOnlyList<string> From, bool OrLastChange = false)
{
    /// <summary>Whether the period of this item's value started before <paramref name="cutoff"/>; false when nothing says when it started.</summary>
    public bool StartedBefore(ListItem item, DateTimeOffset cutoff)
    {
        foreach (var column in From)
        {
            if (item.Instant(column) is { } moment)
            {
                return moment < cutoff;
            }

            if (item.Date(column) is { } day)
            {
                return day < Time.BusinessTimeZone.DateOf(cutoff);
            }
        }

        return OrLastChange && Time.BusinessTimeZone.DateOf(item.Modified) < Time.BusinessTimeZone.DateOf(cutoff);
    }
}
