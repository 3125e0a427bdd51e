using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Web.Browser;

/// <summary>Titles of the items a list's lookup columns point at, so the table shows "Guangzhou", not "1".</summary>
public sealed class LookupTitles
{
    private readonly Dictionary<string, Dictionary<int, string>> titlesByList;

    private LookupTitles(Dictionary<string, Dictionary<int, string>> titlesByList) => this.titlesByList = titlesByList;

    public static async Task<LookupTitles> LoadAsync(IListStore store, ListSchema schema, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<string, Dictionary<int, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in schema.Columns.Where(c => c.LookupList is not null).Select(c => c.LookupList!).Distinct())
        {
            var items = await store.QueryAsync(target, ListQuery.All, cancellationToken);
            titles[target] = items.ToDictionary(i => i.Id, i => i.Text("Title") ?? $"#{i.Id}");
        }

        return new LookupTitles(titles);
    }

    public string TitleOf(string list, int id) =>
        titlesByList.TryGetValue(list, out var titles) && titles.TryGetValue(id, out var title) ? title : $"#{id} (saknas)";
}
