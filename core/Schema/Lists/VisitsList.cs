using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The Visits list: visits and delegation trips reported by staff, and how a <see cref="Visit"/> is stored in it.</summary>
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
    public const string GenderEquality = "GenderEquality";
    public const string GenderEqualityNote = "GenderEqualityNote";
    public const string Women = "DelegationWomen";
    public const string Men = "DelegationMen";
    public const string OtherOrNotStated = "DelegationOtherOrNotStated";
    public const string Outcomes = "Outcomes";
    public const string Costs = "Costs";
    public const string CostSek = "CostSek";
    public const string ReportedByEmail = "ReportedByEmail";
    public const string ReportedAt = "ReportedAt";
    public const string CorrectedByEmail = "CorrectedByEmail";
    public const string CorrectedAt = "CorrectedAt";
    public const string Withdrawn = "Withdrawn";
    public const string WithdrawnAt = "WithdrawnAt";
    public const string SubmissionId = "SubmissionId";

    public static ListSchema Schema { get; } = new(Name, "Besök och delegationsresor", "Visits and delegation trips",
    [
        Columns.Title("Besök", "Visit"),
        Columns.Lookup(Partner, PartnersList.Name, "Vänort", "Partner city") with { Required = true },
        Columns.Choice<VisitDirection>(Direction, "Riktning", "Direction") with { Required = true },
        Columns.Date(Start, "Från", "Start") with { Required = true, Indexed = true },
        Columns.Date(End, "Till", "End") with { Required = true },
        Columns.Note(Organisations, "Organisationer", "Organisations", 4000),
        Columns.Note(Participants, "Deltagare", "Participants", 4000) with { PersonalData = new(PersonalDataKind.VisitParticipants, [End, Start]) },
        Columns.Note(Purpose, "Syfte", "Purpose", 4000) with { Required = true },
        Columns.Themes(Themes, "Tematiska områden", "Thematic areas"),
        Columns.Choice<DemocracyDialogue>(DemocracyDialogue, "Demokrati och mänskliga rättigheter presenterade", "Democracy and human rights presented") with { Required = true },
        Columns.Note(DemocracyDialogueNote, "Demokratidialog, kommentar", "Democracy dialogue note", 4000),
        // Empty on visits reported before the question was asked; required on the card since (as the democracy question is).
        Columns.Choice<GenderEquality>(GenderEquality, "Jämställdhet beaktad", "Gender equality considered"),
        Columns.Note(GenderEqualityNote, "Jämställdhet, kommentar", "Gender equality note", 4000),
        Columns.Number(Women, "Antal kvinnor i delegationen", "Women in the delegation"),
        Columns.Number(Men, "Antal män i delegationen", "Men in the delegation"),
        Columns.Number(OtherOrNotStated, "Antal annat eller ej angivet", "Others or not stated"),
        Columns.Note(Outcomes, "Resultat", "Outcomes", 8000),
        Columns.Note(Costs, "Kostnader per organisation", "Costs per organisation", 4000),
        Columns.Kronor(CostSek, "Total kostnad (kr)", "Total cost (SEK)"),
        Columns.Text(ReportedByEmail, "Rapporterad av", "Reported by") with { Indexed = true, PersonalData = new(PersonalDataKind.ReporterEmails, [ReportedAt, End, Start]) },
        Columns.Instant(ReportedAt, "Rapporterad", "Reported at") with { Indexed = true },
        // Who corrected the visit last from Teams, and when (each correction is kept in VisitVersions).
        Columns.Text(CorrectedByEmail, "Rättad av", "Corrected by") with { PersonalData = new(PersonalDataKind.ReporterEmails, [CorrectedAt]) },
        Columns.Instant(CorrectedAt, "Rättad", "Corrected at"),
        // A withdrawn visit stays in the register, marked, with its follow-ups cancelled.
        Columns.Flag(Withdrawn, "Återkallad", "Withdrawn") with { Indexed = true },
        Columns.Instant(WithdrawnAt, "Återkallad den", "Withdrawn at"),
        Columns.SubmissionId() with { Required = true },
    ]) { YearColumn = Start };

    public static ListRecords<Visit> Records { get; } = new(Name, Read);

    /// <summary>The visits that stand: every visit but those their reporter withdrew (listings and the digest show these).</summary>
    public static ListRecords<Visit> NotWithdrawn { get; } = new(Name, item => IsWithdrawn(item) ? null : Read(item));

    /// <summary>Whether the visit's reporter withdrew it (it stays in the register, marked).</summary>
    public static bool IsWithdrawn(ListItem item) => item.Flag(Withdrawn) == true;

    /// <summary>The visit's own item; its follow-ups become items of the Activities list.</summary>
    public static Dictionary<string, object?> Fields(Visit visit) => new()
    {
        [Title] = visit.Title,
        [Partner] = visit.PartnerId,
        [Direction] = RegisterWords.Of(visit.Direction),
        [Start] = visit.Start,
        [End] = visit.End,
        [Organisations] = string.Join('\n', visit.Organisations),
        [Participants] = visit.Participants,
        [Purpose] = visit.Purpose,
        [Themes] = visit.Themes.Select(RegisterWords.Of).ToArray(),
        [DemocracyDialogue] = RegisterWords.Of(visit.DemocracyDialogue),
        [DemocracyDialogueNote] = visit.DemocracyDialogueNote,
        [GenderEquality] = visit.GenderEquality is { } equality ? RegisterWords.Of(equality) : null,
        [GenderEqualityNote] = visit.GenderEqualityNote,
        [Women] = visit.Composition?.Women,
        [Men] = visit.Composition?.Men,
        [OtherOrNotStated] = visit.Composition?.OtherOrNotStated,
        [Outcomes] = visit.Outcomes,
        [Costs] = CostLines.Format(visit.Costs),
        [CostSek] = visit.Costs.Count > 0 ? visit.TotalCostSek : null,
        [ReportedByEmail] = visit.ReportedByEmail,
        [ReportedAt] = visit.ReportedAt,
        [SubmissionId] = visit.SubmissionId,
    };

    /// <summary>A visit as its item holds it (without follow-ups, which live in Activities), or null when a required value is unreadable.</summary>
    public static Visit? Read(ListItem item) =>
        item.LookupId(Partner) is { } partner && item.Choice<VisitDirection>(Direction) is { } direction
        && item.Date(Start) is { } start && item.Date(End) is { } end
            ? new Visit(
                item.Text(Title) ?? string.Empty,
                partner,
                direction,
                start,
                end,
                Lines(item.Text(Organisations)),
                item.Text(Participants) ?? string.Empty,
                item.Text(Purpose) ?? string.Empty,
                [.. item.Choices(Themes).Select(t => RegisterWords.TryRead<ThematicArea>(t, out var area) ? area : (ThematicArea?)null).OfType<ThematicArea>()],
                item.Choice<DemocracyDialogue>(DemocracyDialogue) ?? Domain.DemocracyDialogue.NotApplicable,
                item.Text(DemocracyDialogueNote),
                item.Text(Outcomes),
                CostLines.Parse(item.Text(Costs)),
                [],
                item.Text(ReportedByEmail) ?? string.Empty,
                item.Instant(ReportedAt) ?? item.Modified,
                item.Text(SubmissionId) ?? string.Empty,
                item.Choice<GenderEquality>(GenderEquality),
                item.Text(GenderEqualityNote),
                CompositionOf(item))
            : null;

    private static DelegationComposition? CompositionOf(ListItem item)
    {
        var composition = new DelegationComposition(Count(item, Women), Count(item, Men), Count(item, OtherOrNotStated));
        return composition.IsEmpty ? null : composition;
    }

    private static int? Count(ListItem item, string column) => item.Number(column) is { } n && n >= 0 && n <= int.MaxValue ? (int)n : null;

    private static string[] Lines(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
