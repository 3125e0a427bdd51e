using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Who may take a partner's review: its coordinators (Partners.CoordinatorEmail, several separated by ; or ,).</summary>
public static class ReviewCoordinators
{
    public static IReadOnlyList<string> Of(ListItem partner) =>
        (partner.Text(PartnersList.CoordinatorEmail) ?? string.Empty).Split([';', ',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool Includes(ListItem partner, string? email) =>
        email is not null && Of(partner).Any(c => string.Equals(c, email, StringComparison.OrdinalIgnoreCase));
}
