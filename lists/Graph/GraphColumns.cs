using GraphColumn = Microsoft.Graph.Models.ColumnDefinition;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>Our column definitions as SharePoint columns, and back to our type to detect drift.</summary>
internal static class GraphColumns
{
    public static GraphColumn ToGraph(ColumnDefinition column, string? lookupListId)
    {
        var graph = new GraphColumn
        {
            Name = column.Name,
            DisplayName = column.TitleSv,
            Description = column.TitleEn,
            Required = column.Required,
            Indexed = column.IsQueryable,
            EnforceUniqueValues = column.Unique ? true : null,
        };
        switch (column.Type)
        {
            case ColumnType.Text:
                graph.Text = new Microsoft.Graph.Models.TextColumn { MaxLength = column.MaxLength, AllowMultipleLines = false };
                break;
            case ColumnType.Note:
                graph.Text = new Microsoft.Graph.Models.TextColumn { AllowMultipleLines = true, LinesForEditing = 6, TextType = "plain" };
                break;
            case ColumnType.Number:
                graph.Number = new Microsoft.Graph.Models.NumberColumn();
                break;
            case ColumnType.Boolean:
                graph.Boolean = new Microsoft.Graph.Models.BooleanColumn();
                break;
            case ColumnType.Date:
                graph.DateTime = new Microsoft.Graph.Models.DateTimeColumn { Format = "dateOnly" };
                break;
            case ColumnType.DateTime:
                graph.DateTime = new Microsoft.Graph.Models.DateTimeColumn { Format = "dateTime" };
                break;
            case ColumnType.Choice:
                graph.Choice = new Microsoft.Graph.Models.ChoiceColumn { Choices = [.. column.Choices], AllowTextEntry = false, DisplayAs = "dropDownMenu" };
                break;
            case ColumnType.MultiChoice:
                graph.Choice = new Microsoft.Graph.Models.ChoiceColumn { Choices = [.. column.Choices], AllowTextEntry = false, DisplayAs = "checkBoxes" };
                break;
            case ColumnType.Lookup:
                graph.Lookup = new Microsoft.Graph.Models.LookupColumn { ListId = lookupListId, ColumnName = "Title" };
                break;
        }

        return graph;
    }

    /// <summary>What type a SharePoint column holds, in our terms; null for types we never create.</summary>
    public static ColumnType? TypeOf(GraphColumn column) => column switch
    {
        { Text.AllowMultipleLines: true } => ColumnType.Note,
        { Text: not null } => ColumnType.Text,
        { Number: not null } => ColumnType.Number,
        { Boolean: not null } => ColumnType.Boolean,
        { DateTime.Format: "dateOnly" } => ColumnType.Date,
        { DateTime: not null } => ColumnType.DateTime,
        { Choice.DisplayAs: "checkBoxes" } => ColumnType.MultiChoice,
        { Choice: not null } => ColumnType.Choice,
        { Lookup: not null } => ColumnType.Lookup,
        _ => null,
    };

    /// <summary>The field name Graph uses for a column's value: lookups carry their item id in "{Name}LookupId".</summary>
    public static string FieldName(ColumnDefinition column) =>
        column.Type == ColumnType.Lookup ? column.Name + "LookupId" : column.Name;
}
