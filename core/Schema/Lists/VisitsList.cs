using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The Visits list: visits and delegation trips reported by staff.</summary>
public static class VisitsList
{
    public const string Name = "Visits";
    public const string Title = "Title";
    public const string Partner = "Partner";
    public const string Direction = "Direction";
    public const string Start = "Start";
    public const string End = "End";
    public const string Organisations = "Organisations";
    public const string Participants = "Participants";
    public const string Purpose = "Purpose";
    public const string Themes = "Themes";
    public const string DemocracyDialogue = "DemocracyDialogue";
    public const string DemocracyDialogueNote = "DemocracyDialogueNote";
    public const string Outcomes = "Outcomes";
    public const string Costs = "Costs";
    public const string CostSek = "CostSek";
    public const string ReportedByEmail = "ReportedByEmail";
    public const string ReportedAt = "ReportedAt";
    public const string SubmissionId = "SubmissionId";

    public static ListSchema Schema { get; } = new(Name, "Besök och delegationsresor", "Visits and delegation trips",
    [
        Columns.Title("Besök", "Visit"),
        Columns.Lookup(Partner, PartnersList.Name, "Vänort", "Partner city") with { Required = true },
        Columns.Choice<VisitDirection>(Direction, "Riktning", "Direction") with { Required = true },
        Columns.Date(Start, "Från", "Start") with { Required = true, Indexed = true },
        Columns.Date(End, "Till", "End") with { Required = true },
        Columns.Note(Organisations, "Organisationer", "Organisations", 4000),
        Columns.Note(Participants, "Deltagare", "Participants", 4000),
        Columns.Note(Purpose, "Syfte", "Purpose", 4000) with { Required = true },
        Columns.Themes(Themes, "Tematiska områden", "Thematic areas"),
        Columns.Choice<DemocracyDialogue>(DemocracyDialogue, "Demokrati och mänskliga rättigheter presenterade", "Democracy and human rights presented") with { Required = true },
        Columns.Note(DemocracyDialogueNote, "Demokratidialog, kommentar", "Democracy dialogue note", 4000),
        Columns.Note(Outcomes, "Resultat", "Outcomes", 8000),
        Columns.Note(Costs, "Kostnader per organisation", "Costs per organisation", 4000),
        Columns.Number(CostSek, "Total kostnad (kr)", "Total cost (SEK)"),
        Columns.Text(ReportedByEmail, "Rapporterad av", "Reported by") with { Indexed = true },
        Columns.Instant(ReportedAt, "Rapporterad", "Reported at") with { Indexed = true },
        Columns.SubmissionId() with { Required = true },
    ]);
}
