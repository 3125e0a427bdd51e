using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The partner cities a visit can be reported for, by title. Partners change a few times a year, so the list is
/// kept for <see cref="FreshFor"/> and then read again in the background: checking a report's partner never waits
/// on SharePoint once the list has been read.
/// </summary>
public sealed class PartnerChoices(IListStore store, TimeProvider time)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(5);

    private readonly Lock gate = new();
    private IReadOnlyList<(int Id, string Title)>? partners;
    private DateTimeOffset readAt;
    private Task? reading;

    public async Task<IReadOnlyList<(int Id, string Title)>> LoadAsync(CancellationToken cancellationToken)
    {
        Task? pending;
        lock (gate)
        {
            if (partners is { } known && time.GetUtcNow() - readAt < FreshFor)
            {
                return known;
            }

            pending = reading ??= Task.Run(ReadAsync, CancellationToken.None);
            if (partners is { } stale)
            {
                // Stale: answer with what is known, the read in the background replaces it.
                return stale;
            }
        }

        await pending.WaitAsync(cancellationToken);
        return partners!;
    }

    private async Task ReadAsync()
    {
        try
        {
            var items = await store.QueryAsync(PartnersList.Records, ListQuery.All, CancellationToken.None);
            var sorted = items
                .Select(p => (p.Id, p.Value.Title))
                .OrderBy(p => p.Item2, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))
                .ToList();
            lock (gate)
            {
                partners = sorted;
                readAt = time.GetUtcNow();
            }
        }
        finally
        {
            lock (gate)
            {
                reading = null;
            }
        }
    }
}
