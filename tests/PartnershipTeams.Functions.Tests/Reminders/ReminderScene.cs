using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Reminders;

/// <summary>What a reminder test starts from: a follow-up someone must act on by a day, and that person's chat with the bot.</summary>
internal static class ReminderScene
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A planned follow-up of the register's first partner, <paramref name="responsible"/> to act by <paramref name="due"/>; its item id.</summary>
    public static async Task<int> FollowUpAsync(IListStore store, string responsible, DateOnly due, string title = "Skicka avsiktsförklaring", ThematicArea theme = ThematicArea.ResearchAndHigherEducation)
    {
        var partner = (await store.QueryAsync(PartnersList.Name, ListQuery.All, None))[0].Id;
        return (await store.CreateAsync(ActivitiesList.Name, new Dictionary<string, object?>
        {
            [ActivitiesList.Title] = title,
            [ActivitiesList.Partner] = partner,
            [ActivitiesList.Theme] = RegisterWords.Of(theme),
            [ActivitiesList.ResponsibleEmail] = responsible,
            [ActivitiesList.Status] = RegisterWords.Of(ActivityStatus.Planned),
            [ActivitiesList.FollowUpDue] = due,
        }, None)).Id;
    }

    /// <summary>The personal chat of Anna (<paramref name="email"/>) with the bot, as installing the app stores it.</summary>
    public static Task PersonalChatAsync(ProductApp app, string email, string serviceUrl, DateTimeOffset? since = null) =>
        app.Conversations.RememberAsync(new ConversationReference(
            Activities.ConversationId, ConversationScope.Personal, serviceUrl, Activities.TenantId, "Anna", Activities.UserId, "anna", email, "sv-SE", Active: true, since ?? app.Clock.GetUtcNow()), None);
}
