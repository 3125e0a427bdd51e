namespace PartnershipTeams.Reports.Charts;

/// <summary>
/// A bar chart's content: a title, one bar per category with its value written on it, and the value axis' label.
/// Categories are told apart by their labels, never by colour alone.
/// </summary>
public sealed record BarChart(string Title, string ValueLabel, IReadOnlyList<(string Category, decimal Value)> Bars, bool Amounts = false);
