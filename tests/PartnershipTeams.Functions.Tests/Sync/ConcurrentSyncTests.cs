using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Schema.Mapping;
using PartnershipTeams.Functions.Sync;

namespace PartnershipTeams.Functions.Tests.Sync;

/// <summary>Two instances of the app draining the outbox at the same moment (scale-out, or a timer and a notification).</summary>
public sealed class ConcurrentSyncTests : IAsyncLifetime
{
    private const int Entries = 50;
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FunctionsApp app = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        var partner = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.All, None))[0].Id;
        for (var i = 0; i < Entries; i++)
        {
            var submissionId = i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
            var visit = new Visit(
                $"Besök {i}", partner, VisitDirection.Incoming, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), ["Kommunen"], "Anna", "Studiebesök",
                [ThematicArea.Culture], DemocracyDialogue.No, null, null, [], [], "anna@linkoping.example", app.Clock.GetUtcNow(), submissionId);
            await app.Store.CreateAsync(OutboxList.Name, new Dictionary<string, object?>
            {
                [OutboxList.Title] = visit.Title,
                [OutboxList.SubmissionId] = submissionId,
                [OutboxList.Kind] = "VisitReport",
                [OutboxList.Payload] = SubmissionJson.Serialize(visit),
                [OutboxList.ReceivedAt] = app.Clock.GetUtcNow(),
                [OutboxList.Status] = "Pending",
            }, None);
        }
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task TwoInstancesDrainingAtOnce_WriteEveryEntryOnceAndSetNoneAsidePoisoned()
    {
        var one = app.Services.GetRequiredService<OutboxDrainer>();
        var other = new OutboxDrainer(app.Store, new SubmissionWriter(app.Store), NullLogger<OutboxDrainer>.Instance);

        var failures = 0;
        for (var round = 0; round < 5; round++)
        {
            var results = await Task.WhenAll(Task.Run(() => one.DrainAsync(None)), Task.Run(() => other.DrainAsync(None)));
            failures += results.Sum(r => r.Failed);
        }

        var outbox = await app.Store.QueryAsync(OutboxList.Name, ListQuery.All, None);
        Assert.Equal(0, failures);
        Assert.All(outbox, entry => Assert.Equal("Done", entry.Text(OutboxList.Status)));
        Assert.Equal(Entries, (await app.Store.QueryAsync(VisitsList.Name, ListQuery.All, None)).Count(v => v.Text(VisitsList.Title)!.StartsWith("Besök ", StringComparison.Ordinal)));
    }
}
