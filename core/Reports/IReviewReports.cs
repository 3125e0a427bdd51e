namespace PartnershipTeams.Core.Reports;

/// <summary>The review report for kommunstyrelsen (a Word document) made from the register for one partner and period.</summary>
public interface IReviewReports
{
    /// <summary>The report; throws <see cref="Lists.Errors.ItemNotFoundException"/> when the partner is not in the register.</summary>
    Task<ReviewDocument> CreateAsync(ReviewRequest request, CancellationToken cancellationToken);

    /// <summary>The report's tables as a workbook (.xlsx), one sheet per table.</summary>
    Task<ReviewDocument> CreateWorkbookAsync(ReviewRequest request, CancellationToken cancellationToken);
}
