using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>The SQLite result codes the adapter tells apart (https://sqlite.org/rescode.html).</summary>
internal static class SqliteErrorCodes
{
    public const int Constraint = 19;
    public const int ConstraintUnique = 2067;
}
