using System.Globalization;
using Microsoft.Extensions.Logging;
using PartnershipTeams.Core.Documents;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Reports.Register;
using PartnershipTeams.Reports.Review;
using PartnershipTeams.Reports.Spreadsheets;
using PartnershipTeams.Reports.Texts;
using PartnershipTeams.Reports.Word;

namespace PartnershipTeams.Reports;

/// <summary>
/// Makes the review report (Word) and its tables (Excel) from the register, read through the list store port; with
/// SharePoint configured the Word document is also saved to the site's library "Rapporter".
/// </summary>
public sealed partial class ReviewReportGenerator(IListStore store, IDocumentLibrary library, TimeProvider time, ILogger<ReviewReportGenerator> logger) : IReviewReports
{
    public async Task<ReviewDocument> CreateAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var (content, texts, name) = await ComposeAsync(request, cancellationToken);
        var document = new ReviewDocument(name + ".docx", content.Title, ReviewDocument.WordType, ReviewDocumentWriter.Write(content, texts, time.GetUtcNow()));
        if (!library.IsAvailable)
        {
            return document;
        }

        try
        {
            return document with { LibraryUrl = await library.SaveAsync(LibraryFileName(name), document.Content, cancellationToken) };
        }
        catch (ListStoreException e)
        {
            // The reader still gets the document; the library copy is missing and the log says why.
            LogNotSaved(logger, document.FileName, e);
            return document;
        }
    }

    /// <summary>
    /// The library copy's name carries when it was made (Stockholm time, to the minute): a review made again never
    /// replaces a copy a coordinator may be editing, and the library keeps what was reported when.
    /// </summary>
    private string LibraryFileName(string name) =>
        FileNames.Safe($"{name} {BusinessTimeZone.ToLocal(time.GetUtcNow()).ToString("yyyy-MM-dd HH.mm", CultureInfo.InvariantCulture)}") + ".docx";

    public async Task<ReviewDocument> CreateWorkbookAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var (content, _, name) = await ComposeAsync(request, cancellationToken);
        var tables = content.Blocks.Select(b => b switch { TableBlock t => t.Table, AppendixBlock a => a.Table, _ => null }).OfType<Tables.ReportTable>().ToList();
        return new ReviewDocument(name + ".xlsx", content.Title, ReviewDocument.ExcelType, WorkbookWriter.Write(tables, content.Title));
    }

    private async Task<(ReviewContent Content, ReportTexts Texts, string Name)> ComposeAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var register = await new PartnerRegisterReader(store).ReadAsync(request.PartnerId, cancellationToken);
        var today = BusinessTimeZone.Today(time);
        var period = ReviewPeriod.Choose(request.From, request.To, register.Partner.Value, register.Plans.Select(p => p.Value), today);
        var texts = ReportTexts.For(request.Culture);
        var content = ReviewContentBuilder.Build(new ReviewContext(register, period, today, texts));
        var name = FileNames.Safe(texts.FileName(register.Partner.Value.Title, texts.Period(period)));
        return (content, texts, name);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The review {FileName} was made but could not be saved in the document library")]
    private static partial void LogNotSaved(ILogger logger, string fileName, Exception exception);
}
