using System.Globalization;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The visit card's strings as a <see cref="VisitReportDraft"/>; what cannot be read becomes a problem on its field.</summary>
public static class VisitDraftParser
{
    public static (VisitReportDraft Draft, List<ValidationError> Problems) Parse(IReadOnlyDictionary<string, string> values)
    {
        var problems = new List<ValidationError>();
        string? Text(string field) => values.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        DateOnly? Date(string field)
        {
            var text = Text(field);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problems.Add(new ValidationError(field, ValidationCode.InvalidDate));
            return null;
        }

        var followUps = new List<FollowUpDraft>();
        for (var n = 1; n <= VisitReportCard.FollowUpSlots; n++)
        {
            var title = Text(VisitFields.FollowUp(n, "Title"));
            var owner = Text(VisitFields.FollowUp(n, "Owner"));
            var due = Date(VisitFields.FollowUp(n, "Due"));
            if (title is not null || owner is not null || due is not null)
            {
                followUps.Add(new FollowUpDraft(title, owner, due, null));
            }
        }

        var draft = new VisitReportDraft
        {
            Title = Text(VisitFields.Title),
            PartnerId = int.TryParse(Text(VisitFields.Partner), NumberStyles.None, CultureInfo.InvariantCulture, out var partner) ? partner : null,
            Direction = Enum.TryParse<VisitDirection>(Text(VisitFields.Direction), out var direction) ? direction : null,
            Start = Date(VisitFields.Start),
            End = Date(VisitFields.End),
            Organisations = Lines(Text(VisitFields.Organisations)),
            Participants = Text(VisitFields.Participants),
            Purpose = Text(VisitFields.Purpose),
            Themes = [.. (Text(VisitFields.Themes) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => Enum.TryParse<ThematicArea>(t, out var area) ? area : (ThematicArea?)null).OfType<ThematicArea>()],
            DemocracyDialogue = Enum.TryParse<DemocracyDialogue>(Text(VisitFields.DemocracyDialogue), out var dialogue) ? dialogue : null,
            DemocracyDialogueNote = Text(VisitFields.DemocracyDialogueNote),
            Outcomes = Text(VisitFields.Outcomes),
            Costs = Costs(Text(VisitFields.Costs), problems),
            FollowUps = followUps,
        };
        return (draft, problems);
    }

    private static List<string> Lines(string? text) =>
        text is null ? [] : [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static IReadOnlyList<OrganisationCost> Costs(string? text, List<ValidationError> problems)
    {
        var lines = Lines(text);
        var costs = CostLines.Parse(text);
        if (costs.Count != lines.Count)
        {
            problems.Add(new ValidationError(VisitFields.Costs, ValidationCode.InvalidNumber));
        }

        return costs;
    }
}
