namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>Where the bot can reach a user or a team channel proactively: one item per conversation.</summary>
public static class ConversationsList
{
    public const string Name = "Conversations";
    public const string Title = "Title";
    public const string ConversationId = "ConversationId";
    public const string Scope = "Scope";
    public const string UserAadObjectId = "UserAadObjectId";
    public const string UserEmail = "UserEmail";
    public const string ServiceUrl = "ServiceUrl";
    public const string TenantId = "TenantId";
    public const string TeamId = "TeamId";
    public const string Locale = "Locale";
    public const string Active = "Active";
    public const string UpdatedAt = "UpdatedAt";

    /// <summary>Teams' conversation kinds the bot is installed in.</summary>
    public static readonly IReadOnlyList<string> Scopes = ["personal", "groupChat", "channel"];

    public static ListSchema Schema { get; } = new(Name, "Konversationer", "Conversations",
    [
        Columns.Title("Namn", "Name"),
        Columns.Text(ConversationId, "Konversations-id", "Conversation id") with { Required = true, Unique = true, Indexed = true },
        new(Scope, ColumnType.Choice, "Omfång", "Scope") { Choices = Scopes, Required = true },
        Columns.Text(UserAadObjectId, "Användarens objekt-id", "User object id") with { Indexed = true },
        Columns.Text(UserEmail, "Användarens e-post", "User email") with { Indexed = true },
        Columns.Text(ServiceUrl, "Tjänst-URL", "Service URL") with { Required = true },
        Columns.Text(TenantId, "Klient-id", "Tenant id"),
        Columns.Text(TeamId, "Team-id", "Team id"),
        Columns.Text(Locale, "Språk", "Locale"),
        Columns.Flag(Active, "Aktiv", "Active"),
        Columns.Instant(UpdatedAt, "Uppdaterad", "Updated at"),
    ]);
}
