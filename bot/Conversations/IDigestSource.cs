using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Texts;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>What the coordinators' digest holds on a day: due soon, overdue, visits this week, and what needs a person.</summary>
public interface IDigestSource
{
    Task<DigestCard.Sections> SectionsAsync(BotTexts texts, DateOnly today, CancellationToken cancellationToken);
}
