using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Graph;

/// <summary>Where a read through every item goes on: "graphpage1|{list}|{next link}", the next link as Graph returned it.</summary>
internal sealed record GraphPageToken(string List, string NextLink)
{
    private const string Prefix = "graphpage1";

    public override string ToString() => string.Join('|', Prefix, List, NextLink);

    public static GraphPageToken Parse(string token, string expectedList)
    {
        var parts = token.Split('|', 3);
        if (parts.Length != 3 || parts[0] != Prefix || !Uri.TryCreate(parts[2], UriKind.Absolute, out _))
        {
            throw new InvalidChangeTokenException("The continuation is not one this store issued.");
        }

        if (!string.Equals(parts[1], expectedList, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidChangeTokenException($"The continuation belongs to list '{parts[1]}', not '{expectedList}'.");
        }

        return new GraphPageToken(parts[1], parts[2]);
    }
}
