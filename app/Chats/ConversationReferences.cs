using PartnershipTeams.Application.Retention;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Chats;

/// <summary>The conversation references, by conversation id; found again by the user's email for reminders, or as channels for digests.</summary>
public sealed class ConversationReferences(IOperationalStore store, TimeProvider? time = null)
{
    private const string Scope = "Scope";
    private const string ServiceUrl = "ServiceUrl";
    private const string TenantId = "TenantId";
    private const string TeamId = "TeamId";
    private const string Name = "Name";
    private const string UserId = "UserId";
    private const string UserAadObjectId = "UserAadObjectId";
    private const string UserEmail = "UserEmail";
    private const string EmailKey = "EmailKey";
    private const string Locale = "Locale";
    private const string Language = "Language";
    private const string Active = "Active";
    private const string UpdatedAt = "UpdatedAt";
    private const string AddedBy = "AddedBy";

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.GetAsync(StateTable.Conversations, conversationId, cancellationToken) is { } entry ? Of(entry) : null;

    /// <summary>
    /// Stores the reference as it is now (keeping a known email, and the language chosen, when the new one has none);
    /// true when it makes the conversation active where it was not (a new install; Teams announces one twice).
    /// </summary>
    public async Task<bool> RememberAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await store.GetAsync(StateTable.Conversations, reference.ConversationId, cancellationToken);
            if (existing is null)
            {
                if (await store.TryAddAsync(StateTable.Conversations, reference.ConversationId, ValuesOf(reference), cancellationToken) is not null)
                {
                    return reference.Active;
                }

                continue;
            }

            var known = Of(existing);
            var merged = reference with
            {
                UserEmail = reference.UserEmail ?? known.UserEmail,
                Language = reference.Language ?? known.Language,
                Name = reference.Name ?? known.Name,
                AddedBy = reference.AddedBy ?? known.AddedBy,
            };
            try
            {
                await store.UpdateAsync(StateTable.Conversations, existing, ValuesOf(merged), cancellationToken);
                return merged.Active && !known.Active;
            }
            catch (ConcurrencyConflictException) when (attempt < OptimisticUpdate.MaxAttempts)
            {
                // The other announcement of the same install got there first: decide again on what it stored.
            }
        }
    }

    /// <summary>
    /// The language a conversation answers in: the one chosen before, or else <paramref name="choice"/>, which is
    /// remembered for it now (before the conversation is known as installed, with only its scope and address).
    /// Whoever stores a language first wins; every later turn, on any instance, gets that one.
    /// </summary>
    public async Task<string> LanguageOnceAsync(string conversationId, ConversationScope scope, string serviceUrl, string choice, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await store.GetAsync(StateTable.Conversations, conversationId, cancellationToken);
            if (existing?[Language] is { Length: > 0 } chosen)
            {
                return chosen;
            }

            try
            {
                if (existing is null)
                {
                    var first = new Dictionary<string, string?> { [Scope] = scope.ToString(), [ServiceUrl] = serviceUrl, [Language] = choice, [Active] = StateValues.Flag(false) };
                    if (await store.TryAddAsync(StateTable.Conversations, conversationId, first, cancellationToken) is not null)
                    {
                        return choice;
                    }

                    continue;
                }

                await store.UpdateAsync(StateTable.Conversations, existing, new Dictionary<string, string?> { [Language] = choice }, cancellationToken);
                return choice;
            }
            catch (ConcurrencyConflictException) when (attempt < OptimisticUpdate.MaxAttempts)
            {
                // Another turn of the same conversation stored first: take what it chose.
            }
        }
    }

    /// <summary>Marks the conversation gone (the bot was removed or blocked) as of now: retention counts from here.</summary>
    public Task MarkInactiveAsync(string conversationId, CancellationToken cancellationToken) =>
        store.UpdateAsync(StateTable.Conversations, conversationId, new Dictionary<string, string?>
        {
            [Active] = StateValues.Flag(false),
            [UpdatedAt] = StateValues.Instant((time ?? TimeProvider.System).GetUtcNow()),
        }, "*", cancellationToken);

    /// <summary>Removes the references of conversations the bot has been out of since before <paramref name="cutoff"/> (uninstalled or blocked).</summary>
    public async Task<int> ForgetInactiveBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var inactive = await store.QueryAsync(StateTable.Conversations, Active, StateValues.Flag(false), cancellationToken);
        return await StateRetention.DeleteAsync(store, StateTable.Conversations, inactive.Where(e => Of(e).UpdatedAt < cutoff), cancellationToken);
    }

    /// <summary>
    /// The active personal chat of the user with this email, if the bot has one: the one heard from last, where a person
    /// has several (an older one that no longer answers is only found out, and marked, when a send to it fails).
    /// </summary>
    public async Task<ConversationReference?> PersonalChatOfAsync(string email, CancellationToken cancellationToken) =>
        (await store.QueryAsync(StateTable.Conversations, EmailKey, KeyOf(email), cancellationToken))
            .Select(Of)
            .Where(c => c.Active && c.Scope == ConversationScope.Personal)
            .MaxBy(c => c.UpdatedAt);

    public async Task<IReadOnlyList<ConversationReference>> ActiveChannelsAsync(CancellationToken cancellationToken) =>
        [.. (await store.QueryAsync(StateTable.Conversations, Scope, nameof(ConversationScope.Channel), cancellationToken)).Select(Of).Where(c => c.Active)];

    private static string KeyOf(string email) => email.Trim().ToUpperInvariant();

    private static Dictionary<string, string?> ValuesOf(ConversationReference reference) => new()
    {
        [Scope] = reference.Scope.ToString(),
        [ServiceUrl] = reference.ServiceUrl,
        [TenantId] = reference.TenantId,
        [TeamId] = reference.TeamId,
        [Name] = reference.Name,
        [UserId] = reference.UserId,
        [UserAadObjectId] = reference.UserAadObjectId,
        [UserEmail] = reference.UserEmail,
        [EmailKey] = reference.UserEmail is { } email ? KeyOf(email) : null,
        [Locale] = reference.Locale,
        [Language] = reference.Language,
        [Active] = StateValues.Flag(reference.Active),
        [UpdatedAt] = StateValues.Instant(reference.UpdatedAt),
        [AddedBy] = reference.AddedBy,
    };

    private static ConversationReference Of(StateEntry entry) => new(
        entry.Key,
        Enum.TryParse<ConversationScope>(entry[Scope], out var scope) ? scope : ConversationScope.Personal,
        entry[ServiceUrl] ?? string.Empty,
        entry[TenantId],
        entry[Name],
        entry[UserId],
        entry[UserAadObjectId],
        entry[UserEmail],
        entry[Locale],
        StateValues.Flag(entry[Active]),
        StateValues.Instant(entry[UpdatedAt]) ?? entry.Updated,
        entry[Language],
        entry[TeamId],
        entry[AddedBy]);
}
