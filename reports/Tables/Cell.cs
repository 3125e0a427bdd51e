namespace PartnershipTeams.Reports.Tables;

/// <summary>One value of a report table, typed so a workbook can store it as a real Excel value.</summary>
public abstract record Cell;

/// <summary>Text.</summary>
public sealed record TextCell(string Text) : Cell;

/// <summary>A calendar date (Europe/Stockholm).</summary>
public sealed record DateCell(DateOnly Date) : Cell;

/// <summary>A moment as the clock in Europe/Stockholm showed it (when a visit was reported, corrected, withdrawn).</summary>
public sealed record DateTimeCell(DateTime Local) : Cell;

/// <summary>An amount in kronor.</summary>
public sealed record AmountCell(decimal Kronor) : Cell;

/// <summary>A count or measure.</summary>
public sealed record NumberCell(decimal Value) : Cell;

/// <summary>Nothing.</summary>
public sealed record EmptyCell : Cell
{
    public static EmptyCell Instance { get; } = new();
}
