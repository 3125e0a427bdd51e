using Microsoft.Extensions.Caching.Memory;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The conversation references proactive messages need, who the user is (their email, asked of Teams once and
/// remembered with the reference; kept in memory too, as every submission asks it), and the language the
/// conversation was given on its first turn that said the client's locale (it never changes, so kept in memory too).
/// </summary>
public sealed class ConversationDirectory(ConversationReferences references, TimeProvider time) : IDisposable
{
    private readonly MemoryCache emails = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly MemoryCache languages = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>
    /// The conversation's language: the one remembered for it, else <paramref name="choice"/>, remembered from now on;
    /// with no choice (a turn that does not say the client's locale) only what is remembered, if anything.
    /// </summary>
    public async Task<string?> LanguageOfAsync(TurnConversation conversation, string? choice, CancellationToken cancellationToken)
    {
        if (languages.TryGetValue(conversation.Id, out string? known) && known is not null)
        {
            return known;
        }

        var language = choice is null
            ? (await references.FindAsync(conversation.Id, cancellationToken))?.Language
            : await references.LanguageOnceAsync(conversation.Id, conversation.Scope, conversation.ServiceUrl, choice, cancellationToken);
        if (language is not null)
        {
            languages.Set(conversation.Id, language, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return language;
    }

    /// <summary>Stores the conversation as active or not; true when it was not known as active before (a new install).</summary>
    public async Task<bool> RememberAsync(Turn turn, bool active, CancellationToken cancellationToken)
    {
        var conversation = turn.Conversation;
        var personal = conversation.Scope == ConversationScope.Personal;
        // In a personal chat the user; in a team channel the person who added the app (the digest goes where a coordinator did).
        var email = active && conversation.Scope is ConversationScope.Personal or ConversationScope.Channel ? await turn.AskUserEmailAsync(cancellationToken) : null;
        emails.Remove(conversation.Id);
        var reference = new ConversationReference(
            conversation.Id,
            conversation.Scope,
            conversation.ServiceUrl,
            conversation.TenantId,
            conversation.Name ?? turn.User.Name,
            personal ? turn.User.Id : null,
            personal ? turn.User.AadObjectId : null,
            personal ? email : null,
            conversation.Locale,
            active,
            time.GetUtcNow(),
            AddedBy: personal ? null : email);
        return await references.RememberAsync(reference, cancellationToken);
    }

    /// <summary>The user's email for the register: remembered from install, else asked of Teams, else their object id.</summary>
    public async Task<string> EmailOfAsync(Turn turn, CancellationToken cancellationToken)
    {
        var conversationId = turn.Conversation.Id;
        var personal = turn.Conversation.Scope == ConversationScope.Personal;
        if (personal && emails.TryGetValue(conversationId, out string? cached) && cached is not null)
        {
            return cached;
        }

        var email = (personal ? (await references.FindAsync(conversationId, cancellationToken))?.UserEmail : null)
            ?? await turn.AskUserEmailAsync(cancellationToken);
        if (personal && email is not null)
        {
            emails.Set(conversationId, email, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return email ?? turn.User.AadObjectId ?? turn.User.Id ?? "unknown";
    }

    public void Dispose()
    {
        emails.Dispose();
        languages.Dispose();
    }
}
