using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.State.Tests.Contract;

/// <summary>
/// The operational-state contract, written once and run against every adapter (embedded SQLite, Azure Tables on
/// Azurite): add once, ETags, queries, long values and awkward keys, errors as the port's own exceptions.
/// </summary>
public abstract class OperationalStoreContractTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected IOperationalStore Store { get; private set; } = null!;

    protected abstract Task<IOperationalStore> CreateStoreAsync();

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.EnsureCreatedAsync(None);
        await Store.EnsureCreatedAsync(None); // idempotent
    }

    public Task DisposeAsync() => DisposeStoreAsync();

    private static Dictionary<string, string?> Values(params (string Name, string? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public async Task TryAddAsyncANewKey_StoresTheValues()
    {
        var added = await Store.TryAddAsync(StateTable.Submissions, "s-1", Values(("Status", "Pending"), ("Title", "Besök i Guangzhou")), None);

        var read = await Store.GetAsync(StateTable.Submissions, "s-1", None);
        Assert.NotNull(added);
        Assert.Equal(("Pending", "Besök i Guangzhou"), (read!["Status"], read["Title"]));
        Assert.Equal(added.ETag, read.ETag);
    }

    [Fact]
    public async Task TryAddAsyncAKeyThatExists_WritesNothingAndSaysSo()
    {
        await Store.TryAddAsync(StateTable.Submissions, "s-1", Values(("Status", "Pending")), None);

        var second = await Store.TryAddAsync(StateTable.Submissions, "s-1", Values(("Status", "Written")), None);

        Assert.Null(second);
        Assert.Equal("Pending", (await Store.GetAsync(StateTable.Submissions, "s-1", None))!["Status"]);
    }

    [Fact]
    public async Task TryAddAsyncManyAtOnceWithOneKey_OneWins()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Store.TryAddAsync(StateTable.Reminders, "Activities/12|anna|2026-12-02|T-7", Values(("Attempt", i.ToString(System.Globalization.CultureInfo.InvariantCulture))), None))));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task GetAsyncAKeyThatDoesNotExist_IsNull()
    {
        Assert.Null(await Store.GetAsync(StateTable.Conversations, "a:nobody", None));
    }

    [Fact]
    public async Task UpdateAsyncWithTheCurrentETag_ChangesTheGivenValuesOnlyAndTheETag()
    {
        var added = (await Store.TryAddAsync(StateTable.Submissions, "s-1", Values(("Status", "Pending"), ("Title", "Besök")), None))!;

        var updated = await Store.UpdateAsync(StateTable.Submissions, "s-1", Values(("Status", "Written")), added.ETag, None);

        Assert.Equal(("Written", "Besök"), (updated["Status"], updated["Title"]));
        Assert.NotEqual(added.ETag, updated.ETag);
    }

    [Fact]
    public async Task UpdateAsyncWithAStaleETag_ThrowsConflictAndWritesNothing()
    {
        var added = (await Store.TryAddAsync(StateTable.Submissions, "s-1", Values(("Status", "Pending")), None))!;
        await Store.UpdateAsync(StateTable.Submissions, "s-1", Values(("Status", "Written")), added.ETag, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.UpdateAsync(StateTable.Submissions, "s-1", Values(("Status", "Poison")), added.ETag, None));

        Assert.Equal("Written", (await Store.GetAsync(StateTable.Submissions, "s-1", None))!["Status"]);
    }

    [Fact]
    public async Task UpdateAsyncOfTheEntryAsRead_ChangesTheGivenValuesAndAnswersWhatIsStoredWithItsNewETag()
    {
        await Store.TryAddAsync(StateTable.Submissions, "s-1", Values(("Status", "Pending"), ("Payload", new string('x', 70_000))), None);
        var read = (await Store.GetAsync(StateTable.Submissions, "s-1", None))!;

        var updated = await Store.UpdateAsync(StateTable.Submissions, read, Values(("Status", "Written"), ("Payload", "kort")), None);
        var again = await Store.UpdateAsync(StateTable.Submissions, updated, Values(("Attempts", "1")), None);

        Assert.Equal(("Written", "kort"), (updated["Status"], updated["Payload"]));
        var stored = (await Store.GetAsync(StateTable.Submissions, "s-1", None))!;
        Assert.Equal(("Written", "kort", "1", again.ETag), (stored["Status"], stored["Payload"], stored["Attempts"], stored.ETag));
    }

    [Fact]
    public async Task UpdateAsyncOfAnEntryChangedSinceItWasRead_ThrowsConflictAndWritesNothing()
    {
        await Store.TryAddAsync(StateTable.Submissions, "s-1", Values(("Status", "Pending")), None);
        var read = (await Store.GetAsync(StateTable.Submissions, "s-1", None))!;
        await Store.UpdateAsync(StateTable.Submissions, "s-1", Values(("Status", "Written")), read.ETag, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.UpdateAsync(StateTable.Submissions, read, Values(("Status", "Poison")), None));

        Assert.Equal("Written", (await Store.GetAsync(StateTable.Submissions, "s-1", None))!["Status"]);
    }

    [Fact]
    public async Task UpdateAsyncWithAnyETag_OverwritesWhateverIsThere()
    {
        var added = (await Store.TryAddAsync(StateTable.SyncState, "delta:Visits", Values(("Value", "token-1")), None))!;
        await Store.UpdateAsync(StateTable.SyncState, "delta:Visits", Values(("Value", "token-2")), added.ETag, None);

        await Store.UpdateAsync(StateTable.SyncState, "delta:Visits", Values(("Value", "token-3")), "*", None);

        Assert.Equal("token-3", (await Store.GetAsync(StateTable.SyncState, "delta:Visits", None))!["Value"]);
    }

    [Fact]
    public async Task UpdateAsyncAKeyThatDoesNotExist_ThrowsNotFound()
    {
        await Assert.ThrowsAsync<ItemNotFoundException>(() => Store.UpdateAsync(StateTable.Conversations, "a:nobody", Values(("Active", "false")), "*", None));
    }

    [Fact]
    public async Task UpdateAsyncANullValue_RemovesIt()
    {
        var added = (await Store.TryAddAsync(StateTable.Reminders, "k", Values(("SentAt", "2026-11-24T08:00:00Z"), ("Outcome", "Sent")), None))!;

        var updated = await Store.UpdateAsync(StateTable.Reminders, "k", Values(("SentAt", null), ("Outcome", "Failed")), added.ETag, None);

        Assert.Null(updated["SentAt"]);
        Assert.Equal("Failed", updated["Outcome"]);
    }

    [Fact]
    public async Task QueryAsyncOnAValue_FindsExactlyTheEntriesHoldingItInKeyOrder()
    {
        await Store.TryAddAsync(StateTable.Submissions, "b", Values(("Status", "Pending")), None);
        await Store.TryAddAsync(StateTable.Submissions, "a", Values(("Status", "Pending")), None);
        await Store.TryAddAsync(StateTable.Submissions, "c", Values(("Status", "Written")), None);
        await Store.TryAddAsync(StateTable.Submissions, "d", Values(("Status", "pending")), None);
        await Store.TryAddAsync(StateTable.Reminders, "e", Values(("Status", "Pending")), None);

        var pending = await Store.QueryAsync(StateTable.Submissions, "Status", "Pending", None);

        Assert.Equal(["a", "b"], pending.Select(e => e.Key));
    }

    [Fact]
    public async Task QueryAsyncAValueWithQuotes_IsAValueNotAFilter()
    {
        await Store.TryAddAsync(StateTable.Conversations, "x", Values(("UserEmail", "o'brien@linkoping.example")), None);

        Assert.Single(await Store.QueryAsync(StateTable.Conversations, "UserEmail", "o'brien@linkoping.example", None));
        Assert.Empty(await Store.QueryAsync(StateTable.Conversations, "UserEmail", "x' or '1' eq '1", None));
    }

    [Theory]
    [InlineData("Activities/12|anna.svensson@linkoping.example|2026-12-02|T-7")]
    [InlineData("a:1X9lP0uKc8mq#?\\%2F/ö")]
    [InlineData("19:channel@thread.tacv2;messageid=1")]
    public async Task KeysWithCharactersTablesDoNotTake_RoundTrip(string key)
    {
        await Store.TryAddAsync(StateTable.Reminders, key, Values(("Outcome", "Sent")), None);

        Assert.Equal(key, (await Store.GetAsync(StateTable.Reminders, key, None))!.Key);
        Assert.Equal(key, Assert.Single(await Store.QueryAsync(StateTable.Reminders, "Outcome", "Sent", None)).Key);
        Assert.Null(await Store.GetAsync(StateTable.Reminders, key + "x", None));
    }

    [Fact]
    public async Task ValuesAsLongAsASubmissionMayBe_RoundTripAndShrink()
    {
        var payload = string.Concat(Enumerable.Range(0, StateValues.MaxValueLength / 10).Select(i => "ö\"\\\n€€€€€€"));
        var added = (await Store.TryAddAsync(StateTable.Submissions, "s-long", Values(("Payload", payload)), None))!;

        Assert.Equal(payload, (await Store.GetAsync(StateTable.Submissions, "s-long", None))!["Payload"]);
        var shorter = await Store.UpdateAsync(StateTable.Submissions, "s-long", Values(("Payload", "kort")), added.ETag, None);
        Assert.Equal("kort", shorter["Payload"]);
        Assert.Equal("kort", (await Store.GetAsync(StateTable.Submissions, "s-long", None))!["Payload"]);
    }

    [Fact]
    public async Task DeleteAsyncWithTheCurrentETag_RemovesTheEntryAndAStaleOneConflicts()
    {
        var added = (await Store.TryAddAsync(StateTable.Conversations, "a:gone", Values(("Active", "false")), None))!;
        var updated = await Store.UpdateAsync(StateTable.Conversations, "a:gone", Values(("Active", "true")), added.ETag, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.DeleteAsync(StateTable.Conversations, "a:gone", added.ETag, None));
        await Store.DeleteAsync(StateTable.Conversations, "a:gone", updated.ETag, None);

        Assert.Null(await Store.GetAsync(StateTable.Conversations, "a:gone", None));
        await Assert.ThrowsAsync<ItemNotFoundException>(() => Store.DeleteAsync(StateTable.Conversations, "a:gone", "*", None));
    }

    [Fact]
    public async Task ValueNamesThatAreNotPlainNames_AreRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.TryAddAsync(StateTable.SyncState, "k", Values(("a b", "x")), None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.QueryAsync(StateTable.SyncState, "Value' or 1=1 --", "x", None));
    }

    [Fact]
    public async Task CheckHealthAsyncWhenReachable_SaysSo()
    {
        Assert.True((await Store.CheckHealthAsync(None)).Reachable);
    }
}
