using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>
/// SQL identifiers for lists and columns. Names are letters and digits only (checked by <c>ListSchema</c>),
/// and prefixed so no list or column can collide with SQL keywords or our bookkeeping columns.
/// </summary>
internal static class SqliteNames
{
    public static string Table(string list) => $"\"l_{list}\"";

    public static string Column(string column) => $"\"c_{column}\"";

    public static string Index(string list, string column, bool unique) => $"\"{(unique ? "ux" : "ix")}_{list}_{column}\"";
}
