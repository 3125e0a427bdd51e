using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Functions.Tests.Consistency;

/// <summary>
/// A register made from a seed: partners, one wide action plan each, and thousands of activities spread over ten years
/// back and five ahead, every status (a manager's "overdue" too), some without a follow-up date, each with a unique title.
/// </summary>
internal sealed class GeneratedRegister
{
    private static readonly ActivityStatus[] Statuses = Enum.GetValues<ActivityStatus>();

    public required IReadOnlyList<int> Partners { get; init; }

    /// <summary>Every activity by its unique title.</summary>
    public required IReadOnlyDictionary<string, Activity> Activities { get; init; }

    public static async Task<GeneratedRegister> CreateAsync(IListStore store, int seed, int activities, DateOnly around, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var partners = new List<int>();
        var plans = new Dictionary<int, int>();
        foreach (var name in new[] { "Guangzhou", "Macau", "Tammerfors" })
        {
            var partner = (await store.CreateAsync(PartnersList.Name, PartnersList.Fields(new Partner(
                $"{name} {seed}", "Land", PartnerKind.Friendship, null, null, "Vänort", $"samordnare.{name.ToLowerInvariant()}@linkoping.example")), cancellationToken)).Id;
            partners.Add(partner);
            plans[partner] = (await store.CreateAsync(ActionPlansList.Name, ActionPlansList.Fields(new ActionPlan(
                $"Handlingsplan {name}", partner, around.AddYears(-10), around.AddYears(5), "Kommunledningskontoret")), cancellationToken)).Id;
        }

        var made = new Dictionary<string, Activity>();
        var fields = new List<IReadOnlyDictionary<string, object?>>();
        for (var i = 0; i < activities; i++)
        {
            var partner = partners[random.Next(partners.Count)];
            var start = around.AddDays(random.Next(-3650, 1826));
            var end = start.AddDays(random.Next(0, 366));
            DateOnly? due = random.Next(100) < 15 ? null : end.AddDays(random.Next(-30, 61));
            var activity = new Activity($"Aktivitet {seed}-{i}", partner, plans[partner], (ThematicArea)random.Next(7), $"Organisation {random.Next(12)}",
                $"person{random.Next(25)}@linkoping.example", start, end, Statuses[random.Next(Statuses.Length)], due, null, null);
            made[activity.Title] = activity;
            fields.Add(ActivitiesList.Fields(activity, null));
        }

        foreach (var batch in fields.Chunk(500))
        {
            await store.CreateManyAsync(ActivitiesList.Name, batch, cancellationToken);
        }

        return new GeneratedRegister { Partners = partners, Activities = made };
    }
}
