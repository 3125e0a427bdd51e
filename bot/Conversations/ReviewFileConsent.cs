using System.Globalization;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The coordinator's answer on the review's consent card. On accept the report is made afresh (the register may have
/// changed since the card) and uploaded; who may have it is checked again, since the card's context comes back from the
/// client. On decline nothing is sent.
/// </summary>
public sealed class ReviewFileConsent(IListStore store, IReviewReports reports, ConversationDirectory directory)
{
    public async Task HandleAsync(Turn turn, FileConsentInput consent, CancellationToken cancellationToken)
    {
        if (consent.Context.GetValueOrDefault("kind") != ReviewCommand.ContextKind
            || !int.TryParse(consent.Context.GetValueOrDefault("partner"), NumberStyles.None, CultureInfo.InvariantCulture, out var partnerId))
        {
            throw new MalformedTurnException("The file consent does not carry a review the bot offered.");
        }

        if (!consent.Accepted || consent.Target is not { } target)
        {
            await turn.SayAsync(turn.Texts.ReviewDeclined, cancellationToken);
            return;
        }

        var partner = await FindAsync(partnerId, cancellationToken);
        if (partner is null || PartnersList.Read(partner)?.IsCoordinator(await directory.EmailOfAsync(turn, cancellationToken)) != true)
        {
            await turn.SayAsync(turn.Texts.ReviewOnlyCoordinators(Markdown.Escape(partner?.Text(PartnersList.Title) ?? string.Empty)), cancellationToken);
            return;
        }

        var document = await reports.CreateAsync(new ReviewRequest(partnerId, null, null, turn.Texts.Culture), cancellationToken);
        await turn.DeliverFileAsync(target, document.Content, cancellationToken);
        if (document.LibraryUrl is { } saved)
        {
            await turn.SayAsync(turn.Texts.ReviewSavedTo(saved.AbsoluteUri), cancellationToken);
        }
    }

    private async Task<Core.Schema.ListItem?> FindAsync(int partnerId, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetAsync(PartnersList.Name, partnerId, cancellationToken);
        }
        catch (ItemNotFoundException)
        {
            return null;
        }
    }
}
