namespace PartnershipTeams.Lists.Graph;

/// <summary>A view a manager opens in SharePoint: its Swedish title, the columns shown, and its CAML query (filter, order, grouping).</summary>
public sealed record ManagerView(string List, string Title, IReadOnlyList<string> Fields, string Query, int RowLimit = 100);
