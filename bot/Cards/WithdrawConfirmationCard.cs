using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Bot.Cards;

/// <summary>"Återkalla besöksrapporten?": what withdrawing a report does, asked on the card before anything is done.</summary>
public static class WithdrawConfirmationCard
{
    /// <summary>Yes: the withdrawal is accepted.</summary>
    public const string ConfirmVerb = "visit.withdraw.confirmed";

    /// <summary>No: the listing comes back as it was.</summary>
    public const string CancelVerb = "visit.withdraw.cancelled";

    public static JsonObject Build(BotTexts texts, ItemKey visit, string title, string partner, DateOnly start, DateOnly end)
    {
        var data = new JsonObject { [CardDataKeys.Item] = visit.ToString() };
        return CardJson.Card(
        [
            CardJson.Heading(texts.WithdrawConfirmTitle),
            CardJson.Facts(
            [
                (texts.VisitTitleLabel, Markdown.Escape(title)),
                (texts.PartnerLabel, Markdown.Escape(partner)),
                (texts.StartLabel, Date(start)),
                (texts.EndLabel, Date(end)),
            ]),
            CardJson.Text(texts.WithdrawConfirmBody(Markdown.Escape(title))),
        ],
        [
            CardJson.Submit(texts.WithdrawConfirm, ConfirmVerb, data, destructive: true),
            CardJson.Submit(texts.WithdrawCancel, CancelVerb, data),
        ]);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
