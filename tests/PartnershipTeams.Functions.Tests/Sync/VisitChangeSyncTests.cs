using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Submissions.Writers;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Sync;

/// <summary>Issue 12 item 5: a reporter's correction becomes the visit's new version and a withdrawal a kept status, both in the visit's history with who and when.</summary>
public sealed class VisitChangeSyncTests : IAsyncLifetime
{
    private const string Reporter = "rapportor@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private VisitReportWriter Visits => app.Services.GetRequiredService<VisitReportWriter>();

    private VisitCorrectionWriter Corrections => app.Services.GetRequiredService<VisitCorrectionWriter>();

    private VisitWithdrawalWriter Withdrawals => app.Services.GetRequiredService<VisitWithdrawalWriter>();

    /// <summary>A reported visit with one follow-up, written by the sync as it writes every report.</summary>
    private async Task<(int Id, Visit Visit)> ReportedVisitAsync()
    {
        var guangzhou = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.WhereEquals(PartnersList.Title, "Guangzhou"), None))[0].Id;
        var visit = new Visit(
            "Delegation till Guangzhou", guangzhou, VisitDirection.Outgoing, new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 18), ["Kommunledningskontoret"],
            "Anna Svensson", "Uppföljning av handlingsplanen", [ThematicArea.Education], DemocracyDialogue.No, null, null, [new OrganisationCost("Kommunledningskontoret", 42000m)],
            [new FollowUpAction("Skicka avsiktsförklaring", "anna@linkoping.example", new DateOnly(2026, 12, 15), ThematicArea.Education)],
            Reporter, app.Clock.GetUtcNow(), "a15170000000000000000000000000a1");
        await Visits.WriteAsync(visit, None);
        var id = Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, visit.SubmissionId), None)).Id;
        return (id, visit);
    }

    private async Task<List<VisitVersion>> HistoryAsync(int visitId) =>
        [.. (await app.Store.QueryAsync(VisitVersionsList.Records, ListQuery.WhereEquals(VisitVersionsList.Visit, visitId), None)).Select(v => v.Value).OrderBy(v => v.ChangedAt)];

    private VisitCorrection Correction(int id, Visit visit, string title, string submissionId) =>
        new(id, visit with { Title = title, FollowUps = [], Costs = [new OrganisationCost("Kommunledningskontoret", 45000.50m)] }, Reporter, app.Clock.GetUtcNow(), submissionId);

    [Fact]
    public async Task CorrectionIsAppliedAsANewVersion_AndTheHistoryKeepsTheOriginalAndWhoChangedWhatWhen()
    {
        var (id, visit) = await ReportedVisitAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        var correction = Correction(id, visit, "Delegation till Guangzhou och Macau", "c0441ec7000000000000000000000001");

        await app.SubmitAndSettleAsync(SubmissionTypes.VisitCorrection.Kind, correction.SubmissionId, SubmissionJson.Serialize(correction));

        var item = await app.Store.GetAsync(VisitsList.Name, id, None);
        Assert.Equal(("Delegation till Guangzhou och Macau", 45000.5d), (item.Text(VisitsList.Title), item.Number(VisitsList.CostSek)));
        Assert.Equal((Reporter, correction.CorrectedAt), (item.Text(VisitsList.CorrectedByEmail), item.Instant(VisitsList.CorrectedAt)));
        Assert.Equal((visit.SubmissionId, Reporter, visit.ReportedAt), (item.Text(VisitsList.SubmissionId), item.Text(VisitsList.ReportedByEmail), item.Instant(VisitsList.ReportedAt)));
        var history = await HistoryAsync(id);
        Assert.Equal(
            [(VisitChange.Original, "Delegation till Guangzhou", Reporter, visit.ReportedAt, (bool?)true), (VisitChange.Correction, "Delegation till Guangzhou och Macau", Reporter, correction.CorrectedAt, true)],
            history.Select(v => (v.Change, v.Content.Title, v.ChangedByEmail, v.ChangedAt, v.Applied)));
        Assert.Equal([new OrganisationCost("Kommunledningskontoret", 42000m)], history[0].Content.Costs);
    }

    [Fact]
    public async Task TwoCorrectionsEndWithTheNewer_AndACorrectionOlderThanAManagersEditIsKeptButNotApplied()
    {
        var (id, visit) = await ReportedVisitAsync();
        app.Clock.Advance(TimeSpan.FromHours(1));
        var first = Correction(id, visit, "Första rättelsen", "c0441ec7000000000000000000000002");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var second = Correction(id, visit, "Andra rättelsen", "c0441ec7000000000000000000000003");
        await app.SubmitAndSettleAsync(SubmissionTypes.VisitCorrection.Kind, first.SubmissionId, SubmissionJson.Serialize(first));
        await app.SubmitAndSettleAsync(SubmissionTypes.VisitCorrection.Kind, second.SubmissionId, SubmissionJson.Serialize(second));
        Assert.Equal("Andra rättelsen", (await app.Store.GetAsync(VisitsList.Name, id, None)).Text(VisitsList.Title));

        // A correction made before a manager's edit in the list waits in the outbox: the manager's edit stays.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var stale = Correction(id, visit, "Gammal rättelse", "c0441ec7000000000000000000000004");
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var current = await app.Store.GetAsync(VisitsList.Name, id, None);
        await app.Store.UpdateAsync(VisitsList.Name, id, new Dictionary<string, object?> { [VisitsList.Title] = "Chefens rubrik" }, current.ETag, None);
        await app.SubmitAndSettleAsync(SubmissionTypes.VisitCorrection.Kind, stale.SubmissionId, SubmissionJson.Serialize(stale));

        Assert.Equal("Chefens rubrik", (await app.Store.GetAsync(VisitsList.Name, id, None)).Text(VisitsList.Title));
        Assert.Equal(
            [("Delegation till Guangzhou", (bool?)true), ("Första rättelsen", true), ("Andra rättelsen", true), ("Gammal rättelse", false)],
            (await HistoryAsync(id)).OrderBy(v => v.SubmissionId.EndsWith("/original", StringComparison.Ordinal) ? 0 : 1).ThenBy(v => v.SubmissionId).Select(v => (v.Content.Title, v.Applied)));
    }

    [Fact]
    public async Task WithdrawalKeepsTheVisitMarkedWithdrawn_InItsHistoryAndCancelsItsFollowUps()
    {
        var (id, visit) = await ReportedVisitAsync();
        app.Clock.Advance(TimeSpan.FromDays(2));
        var withdrawal = new VisitWithdrawal(id, visit.SubmissionId, visit.Title, Reporter, app.Clock.GetUtcNow(), "d1740000000000000000000000000001");

        await app.SubmitAndSettleAsync(SubmissionTypes.VisitWithdrawal.Kind, withdrawal.SubmissionId, SubmissionJson.Serialize(withdrawal));

        var item = await app.Store.GetAsync(VisitsList.Name, id, None);
        Assert.Equal(("Delegation till Guangzhou", (bool?)true, (DateTimeOffset?)withdrawal.WithdrawnAt), (item.Text(VisitsList.Title), item.Flag(VisitsList.Withdrawn), item.Instant(VisitsList.WithdrawnAt)));
        Assert.Equal(
            [(VisitChange.Original, Reporter, visit.ReportedAt), (VisitChange.Withdrawal, Reporter, withdrawal.WithdrawnAt)],
            (await HistoryAsync(id)).Select(v => (v.Change, v.ChangedByEmail, v.ChangedAt)));
        var followUp = Assert.Single(await app.Store.QueryAsync(ActivitiesList.Name, ListQuery.WhereEquals(ActivitiesList.SourceVisit, id), None));
        Assert.Equal(RegisterWords.Of(ActivityStatus.Cancelled), followUp.Text(ActivitiesList.Status));

        // A withdrawn visit takes no correction; the correction is still kept in its history.
        var late = Correction(id, visit, "Rättelse efter återkallelse", "c0441ec7000000000000000000000005");
        await app.SubmitAndSettleAsync(SubmissionTypes.VisitCorrection.Kind, late.SubmissionId, SubmissionJson.Serialize(late));
        Assert.Equal("Delegation till Guangzhou", (await app.Store.GetAsync(VisitsList.Name, id, None)).Text(VisitsList.Title));
        Assert.Contains(await HistoryAsync(id), v => v.SubmissionId == late.SubmissionId && v.Applied == false);
    }

    [Fact]
    public async Task SameCorrectionAndWithdrawalDeliveredAgain_AreNotDuplicated()
    {
        var (id, visit) = await ReportedVisitAsync();
        app.Clock.Advance(TimeSpan.FromHours(1));
        var correction = Correction(id, visit, "Rättad rubrik", "c0441ec7000000000000000000000006");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var withdrawal = new VisitWithdrawal(id, visit.SubmissionId, visit.Title, Reporter, app.Clock.GetUtcNow(), "d1740000000000000000000000000002");

        // Deliveries that died before the submission was marked written, then the real ones, then the queue's redelivery.
        await Corrections.WriteAsync(correction, None);
        await Corrections.WriteAsync(correction, None);
        await app.SubmitAndSettleAsync(SubmissionTypes.VisitCorrection.Kind, correction.SubmissionId, SubmissionJson.Serialize(correction));
        await Withdrawals.WriteAsync(withdrawal, None);
        await app.SubmitAndSettleAsync(SubmissionTypes.VisitWithdrawal.Kind, withdrawal.SubmissionId, SubmissionJson.Serialize(withdrawal));
        var processor = app.Services.GetRequiredService<SubmissionProcessor>();
        Assert.Equal(SubmissionResult.AlreadyHandled, await processor.ProcessAsync(withdrawal.SubmissionId, deliveries: 2, None));
        await Corrections.WriteAsync(correction, None);

        Assert.Equal([VisitChange.Original, VisitChange.Correction, VisitChange.Withdrawal], (await HistoryAsync(id)).Select(v => v.Change));
        var item = await app.Store.GetAsync(VisitsList.Name, id, None);
        Assert.Equal(("Rättad rubrik", (bool?)true), (item.Text(VisitsList.Title), item.Flag(VisitsList.Withdrawn)));
        Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, visit.SubmissionId), None));
    }

    [Fact]
    public async Task CorrectionOfAVisitWhoseItemNowHoldsAnotherVisit_IsKeptAsideNotApplied()
    {
        var (id, visit) = await ReportedVisitAsync();
        var correction = Correction(id, visit with { SubmissionId = "0ther0000000000000000000000000000" }, "Fel besök", "c0441ec7000000000000000000000007");

        await Assert.ThrowsAsync<Core.Lists.Errors.ItemNotFoundException>(() => Corrections.WriteAsync(correction, None));

        Assert.Equal("Delegation till Guangzhou", (await app.Store.GetAsync(VisitsList.Name, id, None)).Text(VisitsList.Title));
    }
}
