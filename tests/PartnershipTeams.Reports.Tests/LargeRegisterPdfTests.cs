using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Reports.Tests;

/// <summary>The review of a register of 10,000 activities of the current period, converted by LibreOffice: its tables' words whole.</summary>
public sealed class LargeRegisterPdfTests(CurrentPeriodRegister register) : IClassFixture<CurrentPeriodRegister>
{
    [Fact]
    public async Task TenThousandActivitiesInLibreOffice_BreaksNoWordOfAnyTable()
    {
        await FillAsync(10_000);
        var document = await register.ReviewAsync();

        await BrokenWords.AssertNoneAsync(document);
    }

    private async Task FillAsync(int activities)
    {
        var plan = (await register.Store.QueryAsync(ActionPlansList.Records, ListQuery.All, CancellationToken.None)).Single(p => p.Value.Covers(new DateOnly(2026, 12, 7))).Id;
        string[] organisations = ["Utbildningsförvaltningen", "Miljö- och samhällsbyggnadsförvaltningen", "Kultur- och fritidsförvaltningen", "Linköpings universitet", "Nulink", "Visit Linköping", "Tekniska verken", "Äldreförvaltningen"];
        var themes = Enum.GetValues<ThematicArea>();
        var statuses = new[] { ActivityStatus.Done, ActivityStatus.Ongoing, ActivityStatus.Planned, ActivityStatus.Cancelled };
        var start = new DateOnly(2026, 1, 1);
        foreach (var batch in Enumerable.Range(0, activities).Chunk(500))
        {
            await register.Store.CreateManyAsync(ActivitiesList.Name, [.. batch.Select(i => (IReadOnlyDictionary<string, object?>)ActivitiesList.Fields(new Activity(
                $"Aktivitet {i:00000} inom samarbetet", register.Guangzhou, plan, themes[i % themes.Length], organisations[i % organisations.Length], $"handlaggare.{i % 300}@linkoping.example",
                start.AddDays(i % 1000), start.AddDays((i % 1000) + 90), statuses[i % statuses.Length], start.AddDays((i % 1000) + 60), i % 3 == 0 ? 1000.5m + i : null, null), $"pdf-activity-{i}"))], CancellationToken.None);
        }
    }
}
