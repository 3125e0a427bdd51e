using System.Globalization;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>Where a read through every item goes on: "sqlitepage1.{list}.{last id read}".</summary>
internal sealed record SqlitePageToken(string List, int AfterId)
{
    private const string Prefix = "sqlitepage1";

    public override string ToString() => string.Join('.', Prefix, List, AfterId.ToString(CultureInfo.InvariantCulture));

    public static SqlitePageToken Parse(string token, string expectedList)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Prefix || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            throw new InvalidChangeTokenException("The continuation is not one this store issued.");
        }

        if (!string.Equals(parts[1], expectedList, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidChangeTokenException($"The continuation belongs to list '{parts[1]}', not '{expectedList}'.");
        }

        return new SqlitePageToken(parts[1], after);
    }
}
