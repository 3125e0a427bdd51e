using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Tests.Contract;

/// <summary>
/// The contract every <see cref="IListStore"/> adapter keeps, written once. A derived class says how to
/// open a store over one backing (a file, a Graph site); opening a second one stands for a restart or a
/// second process.
/// </summary>
public abstract partial class ListStoreContractTests : IAsyncLifetime
{
    protected static CancellationToken None => CancellationToken.None;

    protected IListStore Store { get; private set; } = null!;

    /// <summary>A new store instance over the same backing data as every other call in this test.</summary>
    protected abstract Task<IListStore> OpenStoreAsync();

    public virtual async Task InitializeAsync()
    {
        Store = await OpenStoreAsync();
        await Store.ProvisionAsync(TestLists.All, None);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected Task<ListItem> CreateThingAsync(string title, string? code = null, string? owner = null, DateOnly? due = null) =>
        Store.CreateAsync(TestLists.Things, Fields(("Title", title), ("Code", code), ("Owner", owner), ("Due", due)), None);

    protected static Dictionary<string, object?> Fields(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);

    protected async Task<IReadOnlyList<ListItem>> AllThingsAsync() => await Store.QueryAsync(TestLists.Things, ListQuery.All, None);
}
