using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Reports;

/// <summary>GET /reports/review: the review as Word or Excel from the demo register, bad input a clear 4xx, callers elsewhere refused.</summary>
public sealed class ReviewReportEndpointTests : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private Task<HttpResponseMessage> GetAsync(string query) => client.GetAsync(new Uri("/reports/review" + query, UriKind.Relative));

    [Fact]
    public async Task GetForGuangzhouByName_ReturnsAValidWordDocumentNamedAfterTheReview()
    {
        using var response = await GetAsync("?partner=guangzhou");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Översyn Guangzhou ", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        Assert.StartsWith("Översyn av samarbetet med Guangzhou ", document.PackageProperties.Title, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Saved-To"));
    }

    [Fact]
    public async Task GetAsXlsx_GivesTheReportTablesWithSwedishHeadersAndRealDates()
    {
        using var response = await GetAsync("?partner=Guangzhou&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        var sheets = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Contains("Samarbetet", sheets);
        Assert.Contains("Handlingsplaner under perioden", sheets);
        var plans = Sheets.Rows(workbook, "Handlingsplaner under perioden");
        Assert.Equal(["Handlingsplan", "Från", "Till", "Ansvarig förvaltning"], plans[0].Select(c => c.Text));
        var plan = (await app.Services.GetRequiredService<IListStore>().QueryAsync(ActionPlansList.Name, ListQuery.All, CancellationToken.None))
            .First(p => p.Text(ActionPlansList.Title) == plans[1][0].Text);
        var start = plans[1][1];
        Assert.Equal(plan.Date(ActionPlansList.PeriodStart)!.Value.ToDateTime(TimeOnly.MinValue).ToOADate(), double.Parse(start.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("yyyy\\-mm\\-dd", start.NumberFormat);
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest, "Ange vilken vänort")]
    [InlineData("?partner=Guangzhou&from=2018-31-12", HttpStatusCode.BadRequest, "ÅÅÅÅ-MM-DD")]
    [InlineData("?partner=Guangzhou&from=2018-01-01&to=2017-01-01", HttpStatusCode.BadRequest, "slutar innan den börjar")]
    [InlineData("?partner=Guangzhou&format=pdf", HttpStatusCode.BadRequest, "format=docx")]
    [InlineData("?partner=Guangzhou&lang=fi", HttpStatusCode.BadRequest, "lang=sv")]
    [InlineData("?partner=%3Cscript%3E", HttpStatusCode.NotFound, "Det finns ingen vänort")]
    public async Task GetWithBadInput_AnswersAClearSwedish4xx(string query, HttpStatusCode expected, string message)
    {
        using var response = await GetAsync(query);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFromAnotherMachine_IsRefusedWithoutTheReport()
    {
        using var remote = RemoteCallers.ClientOf(app);

        using var response = await remote.GetAsync(new Uri("/reports/review?partner=Guangzhou", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
    }

    [Fact]
    public async Task ApiPathStandaloneWithoutTheFunctionsHost_IsNotServed()
    {
        using var response = await client.GetAsync(new Uri("/api/reports/review?partner=Guangzhou", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
