namespace PartnershipTeams.Core.Schema;

/// <summary>The column types the product uses; each maps to a SharePoint column type.</summary>
public enum ColumnType
{
    /// <summary>Single line of text (SharePoint: text, at most 255 characters).</summary>
    Text,

    /// <summary>Multiple lines of plain text.</summary>
    Note,

    /// <summary>A number, read back as <see cref="double"/>.</summary>
    Number,

    /// <summary>Yes/no.</summary>
    Boolean,

    /// <summary>A calendar date without time, as <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>A point in time, as <see cref="DateTimeOffset"/> in UTC.</summary>
    DateTime,

    /// <summary>One of a fixed set of strings.</summary>
    Choice,

    /// <summary>Any number of a fixed set of strings.</summary>
    MultiChoice,

    /// <summary>The id of an item in another list.</summary>
    Lookup,
}
