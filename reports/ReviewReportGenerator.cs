using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Reports.Register;
using PartnershipTeams.Reports.Review;
using PartnershipTeams.Reports.Spreadsheets;
using PartnershipTeams.Reports.Texts;
using PartnershipTeams.Reports.Word;

namespace PartnershipTeams.Reports;

/// <summary>Makes the review report (Word) and its tables (Excel) from the register, read through the list store port.</summary>
public sealed class ReviewReportGenerator(IListStore store, TimeProvider time) : IReviewReports
{
    public async Task<ReviewDocument> CreateAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var (content, texts, name) = await ComposeAsync(request, cancellationToken);
        var bytes = ReviewDocumentWriter.Write(content, texts, time.GetUtcNow());
        return new ReviewDocument(name + ".docx", content.Title, ReviewDocument.WordType, bytes);
    }

    public async Task<ReviewDocument> CreateWorkbookAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var (content, _, name) = await ComposeAsync(request, cancellationToken);
        var tables = content.Blocks.OfType<TableBlock>().Select(t => t.Table).ToList();
        return new ReviewDocument(name + ".xlsx", content.Title, ReviewDocument.ExcelType, WorkbookWriter.Write(tables, content.Title));
    }

    private async Task<(ReviewContent Content, ReportTexts Texts, string Name)> ComposeAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var register = await new PartnerRegisterReader(store).ReadAsync(request.PartnerId, cancellationToken);
        var today = BusinessTimeZone.Today(time);
        var period = ReviewPeriod.Choose(request.From, request.To, register.Partner, register.Plans, today);
        var texts = ReportTexts.For(request.Culture);
        var content = ReviewContentBuilder.Build(new ReviewContext(register, period, today, texts));
        var name = FileNames.Safe(texts.FileName(register.Partner.Text(PartnersList.Title) ?? string.Empty, texts.Period(period)));
        return (content, texts, name);
    }
}
