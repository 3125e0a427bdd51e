using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Application.Search;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Cards;

/// <summary>
/// A register item chosen in the search message extension, as it goes into the chat: what it is, its dates, status and
/// responsible organisation, a link to the item in the register, and its personal data only when the person who chose
/// it may see it (<see cref="Core.Search.Disclosure"/>). Its preview in the result list is a title and one line.
/// </summary>
public static class SearchResultCard
{
    public static JsonObject Build(BotTexts texts, SearchResult result, Uri? link)
    {
        var entry = result.Entry;
        var facts = new List<(string, string)>();
        if (result.Partner is { } partner && entry.Kind != Core.Search.SearchKind.Partner)
        {
            facts.Add((texts.PartnerLabel, Markdown.Escape(partner)));
        }

        if (Dates(entry.Start, entry.End) is { } dates)
        {
            facts.Add((entry.Kind == Core.Search.SearchKind.Contact ? texts.LastContactLabel : texts.DatesLabel, dates));
        }

        if (entry.Status is { } status)
        {
            facts.Add((texts.StatusLabel, Markdown.Escape(texts.Domain.Label(status.ToString()))));
        }

        if (entry.Organisation.Length > 0)
        {
            facts.Add((entry.Kind == Core.Search.SearchKind.Contact ? texts.RoleLabel : texts.ResponsibleLabel, Markdown.Escape(entry.Organisation)));
        }

        var body = new List<JsonNode>
        {
            CardJson.Text(texts.SearchKind(entry.Kind), isSubtle: true),
            CardJson.Heading(Markdown.Escape(entry.Title)),
            CardJson.Facts(facts),
        };
        if (result.ShowsPersonalData)
        {
            var personal = entry.PersonalData.Where(p => p.Value.Length > 0).Select(p => (Label(texts, p.Field), Markdown.Escape(p.Value))).ToList();
            if (personal.Count > 0)
            {
                body.Add(CardJson.Facts(personal));
            }
        }
        else if (entry.PersonalData.Any(p => p.Value.Length > 0))
        {
            body.Add(CardJson.Text(texts.PersonalDataHidden, isSubtle: true, size: "small"));
        }

        return CardJson.Card(body, link is null ? null : [CardJson.OpenUrl(texts.OpenInRegister, link)]);
    }

    /// <summary>The preview in the result list: the title, and what it is, where and when.</summary>
    public static (string Title, string Text) Preview(BotTexts texts, SearchResult result)
    {
        var parts = new[] { texts.SearchKind(result.Entry.Kind), result.Entry.Kind == Core.Search.SearchKind.Partner ? result.Entry.Organisation : result.Partner, Dates(result.Entry.Start, result.Entry.End) };
        return (result.Entry.Title, string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p))));
    }

    private static string? Dates(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) when s != e => $"{Day(s)} – {Day(e)}",
        ({ } s, _) => Day(s),
        (null, { } e) => Day(e),
        _ => null,
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Label(BotTexts texts, string field) => field switch
    {
        VisitsList.Participants => texts.ParticipantsLabel,
        ContactsList.Phone => texts.PhoneLabel,
        _ => texts.EmailLabel,
    };
}
