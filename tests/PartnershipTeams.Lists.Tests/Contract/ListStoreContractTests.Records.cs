using System.Text.Json;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Lists.Tests.Contract;

/// <summary>Every domain record stored with its list's Fields reads back, through the list's Records, as the same record.</summary>
public abstract partial class ListStoreContractTests
{
    [Fact]
    public async Task RecordsOfEveryList_ReadBackAsTheyWereWritten()
    {
        await Store.ProvisionAsync(PartnershipLists.All, None);
        var partner = new Partner("Guangzhou", "Kina", PartnerKind.Cooperation, new DateOnly(2006, 5, 1), new DateOnly(2027, 6, 30), "Hög", "samordnare@linkoping.example");
        var partnerId = (await Store.CreateAsync(PartnersList.Name, PartnersList.Fields(partner), None)).Id;
        var plan = new ActionPlan("Handlingsplan 2026–2028", partnerId, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), "Kommunledningskontoret");
        var planId = (await Store.CreateAsync(ActionPlansList.Name, ActionPlansList.Fields(plan), None)).Id;
        var visit = new Visit(
            "Delegation till Guangzhou", partnerId, VisitDirection.Outgoing, new DateOnly(2026, 6, 14), new DateOnly(2026, 6, 20),
            ["Kultur- och fritidsförvaltningen", "Linköpings universitet"], "Anna Andersson\nBo Berg", "Utbyte inom kultur",
            [ThematicArea.Culture, ThematicArea.ResearchAndHigherEducation], DemocracyDialogue.Yes, "Vid mötet med kulturbyrån", "Avsiktsförklaring",
            [new OrganisationCost("Kultur- och fritidsförvaltningen", 1200.50m), new OrganisationCost("Linköpings universitet", 45000m)],
            [], "anna@linkoping.example", new DateTimeOffset(2026, 6, 21, 8, 30, 0, TimeSpan.Zero), "0123456789abcdef0123456789abcdef");
        var visitId = (await Store.CreateAsync(VisitsList.Name, VisitsList.Fields(visit), None)).Id;
        var activity = new Activity("Skicka avsiktsförklaring", partnerId, planId, ThematicArea.Culture, "Kultur- och fritidsförvaltningen", "anna@linkoping.example",
            new DateOnly(2026, 6, 20), new DateOnly(2026, 12, 31), ActivityStatus.Ongoing, new DateOnly(2026, 9, 1), 2500.25m, visitId);
        var goal = new Goal("Fler gästnätter", planId, ThematicArea.Tourism, "turism@linkoping.example", "Gästnätter per år", 30000m, 24000.5m, GoalStatus.AtRisk,
            new DateOnly(2026, 10, 1), new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var goalId = (await Store.CreateAsync(GoalsList.Name, GoalsList.Fields(goal), None)).Id;
        var update = new GoalUpdate(goalId, GoalStatus.OnTrack, 26000m, "Nya flyg", "turism@linkoping.example", new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero), "fedcba9876543210fedcba9876543210");
        var review = new ReviewCycle("Översyn inför nytt avtal", partnerId, ReviewCycleKind.AgreementReview, new DateOnly(2027, 3, 31), "Kommunstyrelsen", ReviewCycleStatus.InProgress,
            "Samarbetet ger värde för Linköping.\nDet bör fortsätta på nuvarande nivå.");

        await AssertReadsBackAsync(PartnersList.Records, partnerId, partner);
        await AssertReadsBackAsync(ActionPlansList.Records, planId, plan);
        await AssertReadsBackAsync(VisitsList.Records, visitId, visit);
        await AssertReadsBackAsync(ActivitiesList.Records, (await Store.CreateAsync(ActivitiesList.Name, ActivitiesList.Fields(activity, null), None)).Id, activity);
        await AssertReadsBackAsync(GoalsList.Records, goalId, goal);
        await AssertReadsBackAsync(GoalUpdatesList.Records, (await Store.CreateAsync(GoalUpdatesList.Name, GoalUpdatesList.Fields(update, goal.Title), None)).Id, update);
        await AssertReadsBackAsync(ReviewCyclesList.Records, (await Store.CreateAsync(ReviewCyclesList.Name, ReviewCyclesList.Fields(review), None)).Id, review);
    }

    [Fact]
    public async Task RecordsOfAnItemWithoutItsRequiredChoice_AreLeftOutOfAQuery()
    {
        await Store.ProvisionAsync(PartnershipLists.All, None);
        var partnerId = (await Store.CreateAsync(PartnersList.Name, PartnersList.Fields(new Partner("Macau", "Kina", PartnerKind.Friendship, null, null, string.Empty, string.Empty)), None)).Id;
        var readable = new Activity("Läsbar", partnerId, null, ThematicArea.Culture, string.Empty, "a@linkoping.example", null, null, ActivityStatus.Planned, null, null, null);
        await Store.CreateAsync(ActivitiesList.Name, ActivitiesList.Fields(readable, null), None);

        var records = await Store.QueryAsync(ActivitiesList.Records, ListQuery.All, None);

        Assert.Equal("Läsbar", Assert.Single(records).Value.Title);
    }

    private async Task AssertReadsBackAsync<T>(ListRecords<T> records, int id, T written)
        where T : class
    {
        var read = await Store.GetAsync(records, id, None);

        // Records hold lists, which compare by reference: compare what they say instead.
        Assert.Equal(JsonSerializer.Serialize(written), JsonSerializer.Serialize(read));
    }
}
