using Microsoft.Extensions.Logging.Abstractions;
using PartnershipTeams.Core.Documents;
using PartnershipTeams.Core.Reports;

namespace PartnershipTeams.Reports.Tests;

/// <summary>With a document library, every review made is kept there under the minute it was made; none replaces another.</summary>
public sealed class LibraryCopyTests : IAsyncLifetime
{
    private readonly ReviewRegister register = new();

    public Task InitializeAsync() => register.InitializeAsync();

    public Task DisposeAsync() => register.DisposeAsync();

    [Fact]
    public async Task ReviewMadeAgainLater_IsSavedBesideTheFirstNotOverIt()
    {
        var library = new RecordingLibrary();
        var generator = new ReviewReportGenerator(register.Store, library, register.Time, NullLogger<ReviewReportGenerator>.Instance);
        var request = new ReviewRequest(register.Guangzhou, null, null, System.Globalization.CultureInfo.GetCultureInfo("sv"));

        var first = await generator.CreateAsync(request, CancellationToken.None);
        register.Time.Advance(TimeSpan.FromDays(1));
        await generator.CreateAsync(request, CancellationToken.None);

        Assert.Equal(["Översyn Guangzhou 2015–2018 2016-12-01 09.00.docx", "Översyn Guangzhou 2015–2018 2016-12-02 09.00.docx"], library.Saved);
        Assert.Equal("Översyn Guangzhou 2015–2018.docx", first.FileName); // what the reader downloads or gets in Teams
    }

    private sealed class RecordingLibrary : IDocumentLibrary
    {
        public List<string> Saved { get; } = [];

        public bool IsAvailable => true;

        public Task<Uri> SaveAsync(string fileName, byte[] content, CancellationToken cancellationToken)
        {
            Saved.Add(fileName);
            return Task.FromResult(new Uri($"https://contoso.sharepoint.com/sites/partnerships/Rapporter/{Uri.EscapeDataString(fileName)}"));
        }
    }
}
