namespace PartnershipTeams.Core.Reports;

/// <summary>
/// A generated file: its name (safe for a document library and a Teams upload), title, media type and bytes, and where
/// it was saved in the site's document library (null: not saved, the register is not in SharePoint or saving failed).
/// </summary>
public sealed record ReviewDocument(string FileName, string Title, string ContentType, byte[] Content, Uri? LibraryUrl = null)
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
