using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The goals a user owns (by the Goals list's indexed owner email).</summary>
public sealed class OwnGoals(IListStore store)
{
    public Task<IReadOnlyList<Stored<Goal>>> LoadAsync(string email, CancellationToken cancellationToken) =>
        store.QueryAsync(GoalsList.Records, ListQuery.WhereEquals(GoalsList.OwnerEmail, email), cancellationToken);
}
