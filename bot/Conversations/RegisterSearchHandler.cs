using PartnershipTeams.Application.Search;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The search message extension (command <see cref="CommandId"/>): the register's items matching the words typed in
/// the compose box, a page at a time, each as a preview and the card that goes into the chat when chosen. Nothing typed:
/// the user's own upcoming visits and open follow-ups.
/// </summary>
public sealed class RegisterSearchHandler(RegisterSearch search, ConversationDirectory directory, IItemAddress addresses)
{
    /// <summary>The command's id in the manifest's composeExtensions.</summary>
    public const string CommandId = "searchRegister";

    public async Task HandleAsync(Turn turn, SearchInput input, CancellationToken cancellationToken)
    {
        if (input.CommandId != CommandId)
        {
            await turn.AnswerSearchAsync([], cancellationToken);
            return;
        }

        var reader = await directory.EmailOfAsync(turn, cancellationToken);
        var found = await search.FindAsync(reader, input.Text, input.Skip, input.Count, cancellationToken);
        var hits = found.Select(r =>
        {
            var (title, text) = SearchResultCard.Preview(turn.Texts, r);
            return new SearchHit(SearchResultCard.Build(turn.Texts, r, addresses.ItemAt(r.Entry.List, r.Entry.Id)), title, text);
        }).ToList();
        await turn.AnswerSearchAsync(hits, cancellationToken);
    }
}
