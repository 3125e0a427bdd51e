using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The conversation references proactive messages need, kept in the Conversations list, and who the user is
/// (their email, asked of Teams once and remembered).
/// </summary>
public sealed class ConversationDirectory(IListStore store, ConnectorClient connector, TimeProvider time)
{
    /// <summary>Stores the conversation as active or not; true when it was not known as active before (a new install).</summary>
    public async Task<bool> RememberAsync(Activity activity, bool active, CancellationToken cancellationToken)
    {
        var email = active ? await AskTeamsForEmailAsync(activity, cancellationToken) : null;
        var fields = new Dictionary<string, object?>
        {
            [ConversationsList.Title] = Truncate(activity.Conversation?.Name ?? activity.From?.Name ?? activity.Conversation!.Id!),
            [ConversationsList.ConversationId] = activity.Conversation!.Id,
            [ConversationsList.Scope] = ConversationsList.Scopes.Contains(activity.Conversation.ConversationType ?? string.Empty) ? activity.Conversation.ConversationType : "personal",
            [ConversationsList.ServiceUrl] = activity.ServiceUrl,
            [ConversationsList.TenantId] = activity.TenantId,
            [ConversationsList.Locale] = activity.Locale,
            [ConversationsList.Active] = active,
            [ConversationsList.UpdatedAt] = time.GetUtcNow(),
        };
        if (activity.Conversation.ConversationType is null or "personal")
        {
            fields[ConversationsList.UserAadObjectId] = activity.From?.AadObjectId;
            if (email is not null)
            {
                fields[ConversationsList.UserEmail] = email;
            }
        }

        var existing = await store.QueryAsync(ConversationsList.Name, ListQuery.WhereEquals(ConversationsList.ConversationId, activity.Conversation.Id!), cancellationToken);
        if (existing.Count > 0)
        {
            // Only the update that flips the conversation to active counts as the install (If-Match decides a race).
            var wasActive = existing[0].Flag(ConversationsList.Active) == true;
            try
            {
                await store.UpdateAsync(ConversationsList.Name, existing[0].Id, fields, existing[0].ETag, cancellationToken);
                return active && !wasActive;
            }
            catch (ConcurrencyConflictException)
            {
                await store.UpdateAsync(ConversationsList.Name, existing[0].Id, fields, "*", cancellationToken);
                return false;
            }
        }

        try
        {
            await store.CreateAsync(ConversationsList.Name, fields, cancellationToken);
            return active;
        }
        catch (DuplicateItemException)
        {
            // Teams sends installationUpdate and conversationUpdate together; the other one stored it first.
            return false;
        }
    }

    /// <summary>The user's email for the register: remembered from install, else asked of Teams, else their object id.</summary>
    public async Task<string> EmailOfAsync(Activity activity, CancellationToken cancellationToken)
    {
        var known = await store.QueryAsync(ConversationsList.Name, ListQuery.WhereEquals(ConversationsList.ConversationId, activity.Conversation!.Id!), cancellationToken);
        if (known.Count > 0 && known[0].Text(ConversationsList.UserEmail) is { } remembered && activity.Conversation.ConversationType is null or "personal")
        {
            return remembered;
        }

        return await AskTeamsForEmailAsync(activity, cancellationToken) ?? activity.From?.AadObjectId ?? activity.From?.Id ?? "unknown";
    }

    private async Task<string?> AskTeamsForEmailAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.Id is not { } userId)
        {
            return null;
        }

        try
        {
            var member = await connector.GetMemberAsync(activity.ServiceUrl!, activity.Conversation!.Id!, userId, cancellationToken);
            return member?.Email ?? member?.UserPrincipalName;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static string Truncate(string text) => text.Length > 255 ? text[..255] : text;
}
