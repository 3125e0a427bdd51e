using System.Globalization;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>
/// An opaque change token: "sqlite1.{store id}.{list}.{sequence}". The store id tells a token from an
/// older, recreated store file, which then gets a full resync instead of silently missing changes.
/// </summary>
internal sealed record SqliteChangeToken(string StoreId, string List, long Sequence)
{
    private const string Prefix = "sqlite1";

    public override string ToString() => string.Join('.', Prefix, StoreId, List, Sequence.ToString(CultureInfo.InvariantCulture));

    public static SqliteChangeToken Parse(string token, string expectedList)
    {
        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != Prefix || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            throw new InvalidChangeTokenException("The change token is not one this store issued.");
        }

        if (!string.Equals(parts[2], expectedList, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidChangeTokenException($"The change token belongs to list '{parts[2]}', not '{expectedList}'.");
        }

        return new SqliteChangeToken(parts[1], parts[2], sequence);
    }
}
