using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Sync;

/// <summary>
/// Every kind of submission is described once and completely: a type (its payload) in core, one writer in the
/// application, one confirmation in the bot. A kind this version does not know is kept aside, never written as another.
/// </summary>
public sealed class SubmissionKindsTests : IAsyncLifetime
{
    private readonly ProductApp app = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    public static TheoryData<string> Kinds => [.. SubmissionTypes.All.Select(t => t.Kind.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_HasOneTypeOneWriterAndOneConfirmation(string name)
    {
        var type = Assert.Single(SubmissionTypes.All, t => t.Kind.Name == name);
        var kind = type.Kind;
        var writer = Assert.Single(app.Services.GetServices<ISubmissionWriter>(), w => w.Type.Kind == kind);
        var confirmation = Assert.Single(app.Services.GetServices<ISubmissionConfirmation>(), c => c.Type.Kind == kind);

        Assert.Same(type, writer.Type);
        Assert.Same(type, confirmation.Type);
    }

    [Fact]
    public async Task AKindThatIsOneNewItem_IsWrittenAsOneItemOfItsListHoweverOftenItIsDelivered()
    {
        // A kind declared as one new item of a list gets its writer from the application, no code of its own.
        var none = CancellationToken.None;
        var type = new SubmissionType<GoalUpdate>("GoalNote") { NewItem = new(GoalUpdatesList.Name, GoalUpdatesList.SubmissionId, u => GoalUpdatesList.Fields(u, "Anteckning")) };
        var goal = (await app.Store.QueryAsync(GoalsList.Name, ListQuery.All, none))[0].Id;
        var note = new GoalUpdate(goal, GoalStatus.OnTrack, 12500.5m, "Läget efter mötet", "visit@linkoping.example", app.Clock.GetUtcNow(), "5eed0000000000000000000000000002");
        var submission = new AcceptedSubmission(note.SubmissionId, type.Kind, "Anteckning", note.ReportedByEmail, type.Serialize(note), app.Clock.GetUtcNow());
        var writer = new NewItemWriter(type, app.Store);

        await writer.WriteAsync(submission, none);
        await writer.WriteAsync(submission, none);

        var stored = Assert.Single(await app.Store.QueryAsync(GoalUpdatesList.Records, ListQuery.WhereEquals(GoalUpdatesList.SubmissionId, note.SubmissionId), none));
        Assert.Equal(note, stored.Value);
    }

    [Fact]
    public async Task ASubmissionOfAKindThisVersionDoesNotKnow_IsKeptAsideAndNeverWrittenAsAVisit()
    {
        var none = CancellationToken.None;
        var partner = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.All, none))[0].Id;
        var visit = new Visit("Studiebesök som något annat", partner, VisitDirection.Incoming, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), ["Kultur- och fritidsförvaltningen"],
            "Två tjänstemän", "Studiebesök.", [ThematicArea.Culture], DemocracyDialogue.NotApplicable, null, null, [], [], "kultur@linkoping.example", app.Clock.GetUtcNow(), "5eed0000000000000000000000000001");
        await app.State.TryAddAsync(StateTable.Submissions, visit.SubmissionId, new Dictionary<string, string?>
        {
            ["Kind"] = "Meeting",
            ["Title"] = visit.Title,
            ["ReportedBy"] = visit.ReportedByEmail,
            ["Payload"] = SubmissionJson.Serialize(visit),
            ["ReceivedAt"] = StateValues.Instant(app.Clock.GetUtcNow()),
            ["Status"] = nameof(SubmissionStatus.Pending),
            ["Attempts"] = StateValues.Number(0),
        }, none);

        var result = await app.Services.GetRequiredService<SubmissionProcessor>().ProcessAsync(visit.SubmissionId, deliveries: 1, none);

        Assert.Equal(SubmissionResult.Poisoned, result);
        Assert.Equal(SubmissionStatus.Poison, (await app.Submissions.FindAsync(visit.SubmissionId, none))!.Status);
        Assert.Empty(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, visit.SubmissionId), none));
    }
}
