using System.ComponentModel.DataAnnotations;
using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>Where the embedded store keeps its file (section "Store").</summary>
public sealed class SqliteStoreOptions
{
    public const string Section = "Store";

    /// <summary>The SQLite file; its folder is created on first start.</summary>
    [Required]
    public string Path { get; set; } = System.IO.Path.Combine("data", "partnerships.db");
}
