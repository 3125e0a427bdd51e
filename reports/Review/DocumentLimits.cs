namespace PartnershipTeams.Reports.Review;

/// <summary>
/// How many rows a table of the Word document lists before it summarises instead (the full table then goes to the
/// Excel version): measured, a register of 10,000 activities made a 691-page document when every row was listed.
/// </summary>
public static class DocumentLimits
{
    public const int Rows = 25;
}
