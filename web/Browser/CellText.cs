using System.Globalization;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Web.Browser;

/// <summary>What a cell says to a Swedish reader: choice labels, lookup titles, dates as ISO, numbers and amounts the Swedish way.</summary>
public sealed class CellText(LookupTitles lookups, DomainTexts texts)
{
    public string Of(ListItem item, ColumnDefinition column) => column.Type switch
    {
        ColumnType.Choice when item.Text(column.Name) is { } choice => texts.Label(choice),
        ColumnType.MultiChoice => string.Join(", ", item.Choices(column.Name).Select(texts.Label)),
        ColumnType.Lookup when item.LookupId(column.Name) is { } id => lookups.TitleOf(column.LookupList!, id),
        ColumnType.Number when item.Number(column.Name) is { } number =>
            column.IsKronor && item.Amount(column.Name) is { } amount ? Kronor.Format(amount) : Kronor.Number(number),
        ColumnType.Boolean when item.Flag(column.Name) is { } flag => texts.YesOrNo(flag),
        ColumnType.DateTime when item.Instant(column.Name) is { } instant =>
            BusinessTimeZone.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => item.Display(column.Name),
    };
}
