using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The contacts of the register in chat ("kontakter"): who, where, their role and when we last met; email and phone only when the reader may see them.</summary>
public static class ContactsCard
{
    /// <summary>One contact, the partner it belongs to (null: every partnership), its last contact, and whether its email and phone are shown.</summary>
    public sealed record Row(Contact Contact, string? Partner, DateOnly? LastContact, bool ShowsPersonalData);

    public static JsonObject Build(BotTexts texts, string? partner, IReadOnlyList<Row> rows)
    {
        var body = new List<JsonNode> { CardJson.Heading(partner is null ? texts.ContactsTitle : texts.ContactsOfPartner(Markdown.Escape(partner))) };
        if (rows.Count == 0)
        {
            body.Add(CardJson.Text(texts.NoContacts));
        }

        foreach (var row in rows)
        {
            var c = row.Contact;
            var facts = new List<(string, string)>
            {
                (texts.ContactKindLabel, texts.Domain.Label(c.Kind)),
                (texts.PartnerLabel, Markdown.Escape(row.Partner ?? texts.EveryPartner)),
                (texts.LastContactLabel, row.LastContact?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–"),
            };
            if (row.ShowsPersonalData)
            {
                facts.Add((texts.EmailLabel, Markdown.Escape(c.Email.Length > 0 ? c.Email : "–")));
                facts.Add((texts.PhoneLabel, Markdown.Escape(c.Phone.Length > 0 ? c.Phone : "–")));
            }

            body.Add(CardJson.Container(
            [
                CardJson.Text(Markdown.Escape(c.Name), weight: "bolder"),
                CardJson.Text(Markdown.Escape(string.Join(" · ", new[] { c.Role, c.Organisation }.Where(s => s.Length > 0))), isSubtle: true),
                CardJson.Facts(facts),
            ], separator: true));
        }

        return CardJson.Card(body);
    }
}
