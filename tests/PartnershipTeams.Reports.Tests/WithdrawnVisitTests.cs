using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Reports.Register;

namespace PartnershipTeams.Reports.Tests;

/// <summary>A visit its reporter withdrew stays in the register's history but is no visit in the review or the overview.</summary>
public sealed class WithdrawnVisitTests : IAsyncLifetime
{
    private readonly ReviewRegister register = new();

    public Task InitializeAsync() => register.InitializeAsync();

    public Task DisposeAsync() => register.DisposeAsync();

    [Fact]
    public async Task PartnerRegisterWithAWithdrawnVisit_LeavesItOutOfVisitsAndCosts()
    {
        var visits = await register.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.Partner, register.Guangzhou), CancellationToken.None);
        var withdrawn = visits[0];
        await register.Store.UpdateAsync(VisitsList.Name, withdrawn.Id, new Dictionary<string, object?> { [VisitsList.Withdrawn] = true }, withdrawn.ETag, CancellationToken.None);

        var partner = await new PartnerRegisterReader(register.Store).ReadAsync(register.Guangzhou, CancellationToken.None);

        Assert.Equal(visits.Count - 1, partner.Visits.Count);
        Assert.DoesNotContain(partner.Visits, v => v.Id == withdrawn.Id);
    }
}
