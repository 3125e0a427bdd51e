using Microsoft.Data.Sqlite;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.State.Sqlite;

namespace PartnershipTeams.State.Tests.Contract;

public sealed class SqliteOperationalStoreContractTests : OperationalStoreContractTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-state-").FullName;

    protected override Task<IOperationalStore> CreateStoreAsync() =>
        Task.FromResult<IOperationalStore>(new SqliteOperationalStore(Path.Combine(folder, "operations.db"), TimeProvider.System));

    protected override Task DisposeStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
