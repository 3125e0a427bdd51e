using System.Globalization;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// "översyn Guangzhou" / "review Guangzhou": a partner's coordinator gets the review report as a Word file in the
/// personal chat, through Teams' file flow (consent card; on accept <see cref="ReviewFileConsent"/> uploads it).
/// </summary>
public sealed class ReviewCommand(IListStore store, IReviewReports reports, ConversationDirectory directory) : IBotCommand
{
    public const string ContextKind = "review";

    public string Name => "Review";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Texts;
        if (turn.Conversation.Scope != ConversationScope.Personal)
        {
            await turn.SayAsync(texts.ReviewPersonalChatOnly, cancellationToken);
            return;
        }

        var email = await directory.EmailOfAsync(turn, cancellationToken);
        var partners = await store.QueryAsync(PartnersList.Name, ListQuery.All, cancellationToken);
        var named = PartnerNamed(turn, partners.Select(p => p.Text(PartnersList.Title) ?? string.Empty));
        var mine = partners.Where(p => PartnersList.Read(p)?.IsCoordinator(email) == true).ToList();
        var partner = named is null
            ? mine.Count == 1 ? mine[0] : null
            : partners.FirstOrDefault(p => string.Equals(p.Text(PartnersList.Title), named, StringComparison.OrdinalIgnoreCase));
        if (partner is null)
        {
            await turn.SayAsync(named is null ? texts.ReviewWhichPartner : texts.ReviewUnknownPartner(Markdown.Escape(named)), cancellationToken);
            return;
        }

        var title = partner.Text(PartnersList.Title) ?? string.Empty;
        if (PartnersList.Read(partner)?.IsCoordinator(email) != true)
        {
            await turn.SayAsync(texts.ReviewOnlyCoordinators(Markdown.Escape(title)), cancellationToken);
            return;
        }

        var document = await reports.CreateAsync(new ReviewRequest(partner.Id, null, null, texts.Culture), cancellationToken);
        await turn.OfferFileAsync(new OfferedFile(document.FileName, texts.ReviewFileDescription(document.Title), document.Content.LongLength, new Dictionary<string, string>
        {
            ["kind"] = ContextKind,
            ["partner"] = partner.Id.ToString(CultureInfo.InvariantCulture),
        }), cancellationToken);
    }

    /// <summary>What follows the command's words ("översyn Guangzhou" → "Guangzhou"), or null when nothing does.</summary>
    private static string? PartnerNamed(Turn turn, IEnumerable<string> partners)
    {
        var text = turn.Input is TextInput typed ? CommandText.Normalize(typed.Text) : string.Empty;
        var words = CommandMatcher.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Two titles may fold alike ("São Paulo", "Sao Paulo"): the first is named, never an exception.
        var folded = partners.GroupBy(p => CommandMatcher.Fold(p)).ToDictionary(g => g.Key, g => g.First());
        for (var start = 0; start < words.Length; start++)
        {
            var rest = string.Join(' ', words[start..]);
            if (folded.TryGetValue(rest, out var partner))
            {
                return partner;
            }
        }

        var commandWords = turn.Texts.CommandWords("Review").SelectMany(w => CommandMatcher.Fold(w).Split(' ')).ToHashSet();
        var typedWords = (turn.Input as TextInput)?.Text.Trim().TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var remainder = string.Join(' ', typedWords.Where(w => !commandWords.Contains(CommandMatcher.Fold(w))));
        return remainder.Length == 0 ? null : remainder;
    }
}
