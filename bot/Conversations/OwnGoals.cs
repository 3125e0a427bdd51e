using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The goals a user owns (by the Goals list's indexed owner email).</summary>
public sealed class OwnGoals(IListStore store)
{
    public async Task<IReadOnlyList<(int Id, string Title, string Status)>> LoadAsync(string email, CancellationToken cancellationToken)
    {
        var goals = await store.QueryAsync(GoalsList.Name, ListQuery.WhereEquals(GoalsList.OwnerEmail, email), cancellationToken);
        return [.. goals.Select(g => (g.Id, g.Text(GoalsList.Title) ?? $"#{g.Id}", g.Text(GoalsList.Status) ?? string.Empty))];
    }
}
