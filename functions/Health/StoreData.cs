using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Functions.Health;

/// <summary>What a store check reports besides its status: which store, where, whether it answers, and why not.</summary>
internal static class StoreData
{
    public static Dictionary<string, object> Of(StoreHealth health, params (string Name, object Value)[] more)
    {
        var data = new Dictionary<string, object> { ["kind"] = health.Kind, ["location"] = health.Location, ["reachable"] = health.Reachable };
        if (health.Problem is { } problem)
        {
            data["problem"] = problem;
        }

        foreach (var (name, value) in more)
        {
            data[name] = value;
        }

        return data;
    }
}
