using Microsoft.Data.Sqlite;

namespace PartnershipTeams.Lists.Tests.Sqlite;

/// <summary>A fresh folder under the temp directory, removed again with its SQLite files.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("partnerships-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
