using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Documents;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.Lists.Sqlite;

namespace PartnershipTeams.Reports.Tests;

/// <summary>
/// The demo register as it is seeded on 7 December 2026 (its 2015–2018 history and the current plan 2026–2028) in a real
/// SQLite file, for tests that read the review of the current period as the board gets it.
/// </summary>
public sealed class CurrentPeriodRegister : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("pt-current-").FullName;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1)));

    public SqliteListStore Store { get; private set; } = null!;

    public int Guangzhou { get; private set; }

    public async Task InitializeAsync()
    {
        Store = new SqliteListStore(Path.Combine(folder, "lists.db"), Time);
        await Store.ProvisionAsync(PartnershipLists.All, CancellationToken.None);
        await new DemoDataSeeder(Store, Time, NullLogger<DemoDataSeeder>.Instance).SeedAsync(CancellationToken.None, currentPeriod: true);
        Guangzhou = (await Store.QueryAsync(PartnersList.Name, ListQuery.All, CancellationToken.None)).Single(p => p.Text(PartnersList.Title) == "Guangzhou").Id;
    }

    /// <summary>The review of the current period in a language, as the web endpoint returns it.</summary>
    public async Task<byte[]> ReviewAsync(string language = "sv") =>
        (await new ReviewReportGenerator(Store, new NoDocumentLibrary(), Time, NullLogger<ReviewReportGenerator>.Instance)
            .CreateAsync(new ReviewRequest(Guangzhou, null, null, CultureInfo.GetCultureInfo(language)), CancellationToken.None)).Content;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
