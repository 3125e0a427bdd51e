using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Reports;

public sealed class ReviewReportStoreUnavailableTests
{
    [Fact]
    public async Task ReviewWhileSharePointDoesNotAnswer_Is503WithRetryAfterInSwedish()
    {
        await using var app = new ProductApp(services: s => s.AddSingleton<IReviewReports, UnavailableReviews>());

        using var response = await app.CreateClient().GetAsync(new Uri("/reports/review?partner=Guangzhou", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("Registret i SharePoint svarar inte just nu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class UnavailableReviews : IReviewReports
    {
        public Task<ReviewDocument> CreateAsync(ReviewRequest request, CancellationToken cancellationToken) =>
            throw new ListStoreUnavailableException("SharePoint did not answer.");

        public Task<ReviewDocument> CreateWorkbookAsync(ReviewRequest request, CancellationToken cancellationToken) => CreateAsync(request, cancellationToken);
    }
}
