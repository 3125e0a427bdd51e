using PartnershipTeams.Core.Lists;
using PartnershipTeams.Lists.Sqlite;
using PartnershipTeams.Lists.Tests.Contract;

namespace PartnershipTeams.Lists.Tests.Sqlite;

/// <summary>The list store contract against the embedded SQLite store, on a real file in a temp folder.</summary>
public sealed class SqliteListStoreContractTests : ListStoreContractTests
{
    private readonly TempFolder folder = new();

    protected override Task<IListStore> OpenStoreAsync() =>
        Task.FromResult<IListStore>(new SqliteListStore(Path.Combine(folder.Path, "lists.db"), TimeProvider.System));

    public override Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
