using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The partner cities a visit can be reported for, by title.</summary>
public sealed class PartnerChoices(IListStore store)
{
    public async Task<IReadOnlyList<(int Id, string Title)>> LoadAsync(CancellationToken cancellationToken)
    {
        var partners = await store.QueryAsync(PartnersList.Name, ListQuery.All, cancellationToken);
        return [.. partners.Select(p => (p.Id, p.Text(PartnersList.Title) ?? $"#{p.Id}")).OrderBy(p => p.Item2, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))];
    }
}
