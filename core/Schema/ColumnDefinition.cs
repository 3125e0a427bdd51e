namespace PartnershipTeams.Core.Schema;

/// <summary>One column of a list: its internal name, type, Swedish and English titles, and constraints.</summary>
public sealed record ColumnDefinition(string Name, ColumnType Type, string TitleSv, string TitleEn)
{
    /// <summary>SharePoint's limit for a single line of text.</summary>
    public const int TextLimit = 255;

    /// <summary>Our limit for multiple lines of text (SharePoint allows 63,999 in a plain-text note).</summary>
    public const int NoteLimit = 63_999;

    public bool Required { get; init; }

    /// <summary>Queries may filter on this column (SharePoint needs an index past 5,000 items).</summary>
    public bool Indexed { get; init; }

    /// <summary>No two items may hold the same value; implies <see cref="Indexed"/>.</summary>
    public bool Unique { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For <see cref="ColumnType.Lookup"/>: the list whose item ids this column holds.</summary>
    public string? LookupList { get; init; }

    /// <summary>For <see cref="ColumnType.Number"/>: an amount in kronor, shown as "1 200,50 kr".</summary>
    public bool IsKronor { get; init; }

    /// <summary>The personal data this column holds and when its retention period starts; null for none.</summary>
    public PersonalData? PersonalData { get; init; }

    public int MaxLength { get; init; } = Type == ColumnType.Note ? NoteLimit : TextLimit;

    public bool IsQueryable => Indexed || Unique;
}
