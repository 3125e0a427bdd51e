namespace PartnershipTeams.Core.Schema;

/// <summary>Why a value does not fit its column.</summary>
public enum FieldProblemKind
{
    /// <summary>The value is not of the column's type (a number for a text, a string for a date).</summary>
    WrongType,

    /// <summary>The text is longer than the column holds (<see cref="FieldProblem.Limit"/>).</summary>
    TooLong,

    /// <summary>The text holds characters SharePoint cannot store (control characters, broken surrogate pairs).</summary>
    InvalidCharacters,

    /// <summary>The value is not one of the column's choices.</summary>
    UnknownChoice,

    /// <summary>A number that is not finite, or a date outside what SharePoint stores.</summary>
    OutOfRange,

    /// <summary>A required column is empty.</summary>
    Required,
}
