using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Documents;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.Lists.Sqlite;

namespace PartnershipTeams.Reports.Tests;

/// <summary>
/// The demo register in a real SQLite file, plus what a review needs beyond it (goal updates, an incoming visit where
/// democracy was not presented, costs per organisation), with the clock on 1 December 2016 (inside the 2015–2018 plan).
/// </summary>
public sealed class ReviewRegister : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("pt-review-").FullName;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2016, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)));

    public SqliteListStore Store { get; private set; } = null!;

    public int Guangzhou { get; private set; }

    public int Macau { get; private set; }

    /// <summary>The generator on this register, without a document library (the embedded store's case).</summary>
    public ReviewReportGenerator Generator() => new(Store, new NoDocumentLibrary(), Time, NullLogger<ReviewReportGenerator>.Instance);

    public async Task InitializeAsync()
    {
        var none = CancellationToken.None;
        Store = new SqliteListStore(Path.Combine(folder, "lists.db"), Time);
        await Store.ProvisionAsync(PartnershipLists.All, none);
        await new DemoDataSeeder(Store, NullLogger<DemoDataSeeder>.Instance).SeedAsync(none);
        var partners = await Store.QueryAsync(PartnersList.Name, ListQuery.All, none);
        Guangzhou = partners.Single(p => p.Text(PartnersList.Title) == "Guangzhou").Id;
        Macau = partners.Single(p => p.Text(PartnersList.Title) == "Macau").Id;

        var goals = await Store.QueryAsync(GoalsList.Name, ListQuery.All, none);
        var tourism = goals.Single(g => g.Text(GoalsList.Title) == "Fler kinesiska övernattningar i Linköping");
        await Store.CreateAsync(GoalUpdatesList.Name, GoalUpdatesList.Fields(
            new GoalUpdate(tourism.Id, GoalStatus.AtRisk, 21000m, "Färre charterflyg än väntat", "visit@linkoping.example", new DateTimeOffset(2016, 5, 3, 10, 0, 0, TimeSpan.Zero), "test-update-1"),
            "Fler kinesiska övernattningar i Linköping"), none);

        await Store.CreateAsync(VisitsList.Name, VisitsList.Fields(new Visit(
            "Delegation från Guangzhous utbildningsbyrå", Guangzhou, VisitDirection.Incoming, new DateOnly(2016, 4, 11), new DateOnly(2016, 4, 13),
            ["Utbildningsförvaltningen", "Linköpings kommun"], "Utbildningsbyråns ledning", "Skolbesök och utbyte om lärarutbildning.",
            [ThematicArea.Education], DemocracyDialogue.No, "Programmet hann inte med presentationen.", "Avsiktsförklaring om lärarutbyte.",
            [new OrganisationCost("Utbildningsförvaltningen", 18500m), new OrganisationCost("Linköpings kommun", 4200.50m)], [],
            "utbildning@linkoping.example", new DateTimeOffset(2016, 4, 14, 8, 0, 0, TimeSpan.Zero), "test-visit-incoming")), none);
        await Store.CreateAsync(VisitsList.Name, VisitsList.Fields(new Visit(
            "Tekniska verken i Guangzhou", Guangzhou, VisitDirection.Outgoing, new DateOnly(2015, 10, 5), new DateOnly(2015, 10, 9),
            ["Tekniska verken"], "Två tjänstemän", "Biogasanläggningar.",
            [ThematicArea.EnergyEnvironmentUrbanInnovation], DemocracyDialogue.Yes, null, null,
            [new OrganisationCost("Tekniska verken", 64000m)], [],
            "tekniska.verken@linkoping.example", new DateTimeOffset(2015, 10, 12, 8, 0, 0, TimeSpan.Zero), "test-visit-biogas")), none);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
