namespace PartnershipTeams.Core.Operations;

/// <summary>
/// Where a submission of a kind that is one new item of a list and nothing more goes: the list, the column that keeps
/// its submission id (so a repeated delivery finds the item instead of adding another), and the item's fields.
/// </summary>
public sealed record NewListItem<T>(string List, string SubmissionIdColumn, Func<T, IReadOnlyDictionary<string, object?>> Fields)
    where T : class;
