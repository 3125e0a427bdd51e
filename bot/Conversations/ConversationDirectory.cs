using Microsoft.Extensions.Caching.Memory;
using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The conversation references proactive messages need, and who the user is (their email, asked of Teams once
/// and remembered with the reference; kept in memory too, as every submission asks it).
/// </summary>
public sealed class ConversationDirectory(ConversationReferences references, ConnectorClient connector, TimeProvider time) : IDisposable
{
    private readonly MemoryCache emails = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>Stores the conversation as active or not; true when it was not known as active before (a new install).</summary>
    public async Task<bool> RememberAsync(Activity activity, bool active, CancellationToken cancellationToken)
    {
        var scope = ConversationScopes.FromTeams(activity.Conversation!.ConversationType);
        var personal = scope == ConversationScope.Personal;
        var email = active && personal ? await AskTeamsForEmailAsync(activity, cancellationToken) : null;
        emails.Remove(activity.Conversation.Id!);
        var reference = new ConversationReference(
            activity.Conversation.Id!,
            scope,
            activity.ServiceUrl!,
            activity.TenantId,
            activity.Conversation.Name ?? activity.From?.Name,
            personal ? activity.From?.Id : null,
            personal ? activity.From?.AadObjectId : null,
            email,
            activity.Locale,
            active,
            time.GetUtcNow());
        return await references.RememberAsync(reference, cancellationToken);
    }

    /// <summary>The user's email for the register: remembered from install, else asked of Teams, else their object id.</summary>
    public async Task<string> EmailOfAsync(Activity activity, CancellationToken cancellationToken)
    {
        var personal = ConversationScopes.FromTeams(activity.Conversation!.ConversationType) == ConversationScope.Personal;
        if (personal && emails.TryGetValue(activity.Conversation.Id!, out string? cached) && cached is not null)
        {
            return cached;
        }

        var email = (personal ? (await references.FindAsync(activity.Conversation.Id!, cancellationToken))?.UserEmail : null)
            ?? await AskTeamsForEmailAsync(activity, cancellationToken);
        if (personal && email is not null)
        {
            emails.Set(activity.Conversation.Id!, email, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return email ?? activity.From?.AadObjectId ?? activity.From?.Id ?? "unknown";
    }

    public void Dispose() => emails.Dispose();

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
}
