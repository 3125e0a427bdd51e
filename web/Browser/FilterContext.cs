using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Web.Browser;

/// <summary>What the filters need besides the list itself: the partners to choose from and which partner each action plan belongs to.</summary>
public sealed record FilterContext(IReadOnlyList<(int Id, string Title)> Partners, IReadOnlyDictionary<int, int> PlanPartners)
{
    public static async Task<FilterContext> LoadAsync(IListStore store, CancellationToken cancellationToken)
    {
        var partners = await store.QueryAsync(PartnersList.Name, ListQuery.All, cancellationToken);
        var plans = await store.QueryAsync(ActionPlansList.Name, ListQuery.All, cancellationToken);
        return new FilterContext(
            [.. partners.Select(p => (p.Id, p.Text(PartnersList.Title) ?? $"#{p.Id}")).OrderBy(p => p.Item2, StringComparer.Ordinal)],
            plans.Where(p => p.LookupId(ActionPlansList.Partner) is not null).ToDictionary(p => p.Id, p => p.LookupId(ActionPlansList.Partner)!.Value));
    }

    /// <summary>The years the list's items fall in, for the year filter.</summary>
    public static IReadOnlyList<int> YearsOf(ListSchema schema, IEnumerable<ListItem> items) =>
        ListFilter.YearColumn(schema) is { } column
            ? [.. items.Select(i => i.Date(column.Name)?.Year ?? (i.Instant(column.Name) is { } at ? Core.Time.BusinessTimeZone.DateOf(at).Year : (int?)null))
                .Where(y => y is not null).Select(y => y!.Value).Distinct().Order()]
            : [];
}
