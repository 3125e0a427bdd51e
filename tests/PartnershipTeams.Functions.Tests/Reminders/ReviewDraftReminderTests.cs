using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Reminders;

/// <summary>The T-30 reminder of a review cycle links to a fresh draft of the partner's review; the T-7 one does not.</summary>
public sealed class ReviewDraftReminderTests : IAsyncLifetime
{
    private const string Coordinator = "internationella@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;

    // Wednesday 2026-11-25 07:30 in Stockholm: thirty days before a review due Friday 2026-12-25.
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero));
    private FakeConnectorServer connector = null!;
    private int guangzhou;

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        guangzhou = await PrepareAsync(app, connector);
    }

    /// <summary>A review of Guangzhou due 2026-12-25 and the coordinator's chat; Guangzhou's id.</summary>
    private static async Task<int> PrepareAsync(ProductApp app, FakeConnectorServer connector)
    {
        var guangzhou = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.All, None)).Single(p => p.Text(PartnersList.Title) == "Guangzhou").Id;
        await app.Store.CreateAsync(ReviewCyclesList.Name, new Dictionary<string, object?>
        {
            [ReviewCyclesList.Title] = "Översyn inför nytt samverkansavtal 2027",
            [ReviewCyclesList.Partner] = guangzhou,
            [ReviewCyclesList.Kind] = RegisterWords.Of(ReviewCycleKind.AgreementReview),
            [ReviewCyclesList.Due] = new DateOnly(2026, 12, 25),
            [ReviewCyclesList.Audience] = "Kommunstyrelsen",
            [ReviewCyclesList.Status] = RegisterWords.Of(ReviewCycleStatus.Planned),
        }, None);
        await ReminderScene.PersonalChatAsync(app, Coordinator, connector.ServiceUrl);
        return guangzhou;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private ConnectorCall ReviewReminder() =>
        Assert.Single(connector.Calls, c => c.Method == "POST" && c.CardText.Contains("Översyn inför nytt samverkansavtal 2027", StringComparison.Ordinal));

    [Fact]
    public async Task ThirtyDaysBefore_TheCoordinatorsReminderOpensAFreshDraftOfTheReview()
    {
        await app.RunAsync("reminders");

        var open = ReviewReminder().Actions.Single(a => (string?)a["type"] == "Action.OpenUrl");
        Assert.Equal("Öppna utkastet till översynen", (string?)open["title"]);
        Assert.Equal($"http://localhost:7071/reports/review?partner={guangzhou}&lang=sv", (string?)open["url"]);
        using var draft = await app.CreateClient().GetAsync(new Uri(new Uri((string)open["url"]!).PathAndQuery, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, draft.StatusCode);
    }

    [Fact]
    public async Task SevenDaysBefore_TheReminderHasNoDraftLink()
    {
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 18, 6, 30, 0, TimeSpan.Zero)); // Friday 07:30, seven days before

        await app.RunAsync("reminders");

        Assert.DoesNotContain(ReviewReminder().Actions, a => (string?)a["type"] == "Action.OpenUrl");
    }

    [Fact]
    public async Task DraftThatCannotBeMade_TheReminderIsSentWithoutItsLinkAndTheRunGoesOn()
    {
        await using var failing = new ProductApp(app.Clock.GetUtcNow(), services: s => s.AddSingleton<IReviewReports, UnavailableReviews>());
        await PrepareAsync(failing, connector);

        await failing.RunAsync("reminders");

        Assert.DoesNotContain(ReviewReminder().Actions, a => (string?)a["type"] == "Action.OpenUrl");
    }

    /// <summary>A review generator whose register read fails (a store outage in the middle of the run).</summary>
    private sealed class UnavailableReviews : IReviewReports
    {
        public Task<ReviewDocument> CreateAsync(ReviewRequest request, CancellationToken cancellationToken) =>
            throw new Core.Lists.Errors.ListStoreUnavailableException("SharePoint did not answer.");

        public Task<ReviewDocument> CreateWorkbookAsync(ReviewRequest request, CancellationToken cancellationToken) => CreateAsync(request, cancellationToken);
    }
}
