namespace PartnershipTeams.Reports.Review;

/// <summary>The whole report before it becomes a document: title, subtitle, language tag and the blocks in reading order.</summary>
public sealed record ReviewContent(string Title, string Subtitle, string LanguageTag, IReadOnlyList<Block> Blocks);
