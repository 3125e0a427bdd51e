using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Review;

/// <summary>A piece of the report in reading order: heading, paragraph, table or chart.</summary>
public abstract record Block;

/// <summary>A heading of level 1 (a section) or 2 (a part of one).</summary>
public sealed record HeadingBlock(int Level, string Text) : Block;

/// <summary>A paragraph of text.</summary>
public sealed record ParagraphBlock(string Text) : Block;

/// <summary>A table with a header row.</summary>
public sealed record TableBlock(ReportTable Table) : Block;

/// <summary>A chart; its numbers follow it as a table, and its alternative text says them too.</summary>
public sealed record ChartBlock(BarChart Chart) : Block;

/// <summary>
/// A full table behind a shortened one in the document (every activity of a large theme, say): only in the report's
/// Excel version, so the Word document stays readable for the board at any register size.
/// </summary>
public sealed record AppendixBlock(ReportTable Table) : Block;
