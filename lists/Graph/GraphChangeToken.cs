using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Graph;

/// <summary>A change token for SharePoint: "graph1|{list}|{delta link}", the delta link as Graph returned it.</summary>
internal sealed record GraphChangeToken(string List, string DeltaLink)
{
    private const string Prefix = "graph1";

    public override string ToString() => string.Join('|', Prefix, List, DeltaLink);

    public static GraphChangeToken Parse(string token, string expectedList)
    {
        var parts = token.Split('|', 3);
        if (parts.Length != 3 || parts[0] != Prefix || !Uri.TryCreate(parts[2], UriKind.Absolute, out _))
        {
            throw new InvalidChangeTokenException("The change token is not one this store issued.");
        }

        if (!string.Equals(parts[1], expectedList, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidChangeTokenException($"The change token belongs to list '{parts[1]}', not '{expectedList}'.");
        }

        return new GraphChangeToken(parts[1], parts[2]);
    }
}
