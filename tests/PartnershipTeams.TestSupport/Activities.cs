using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport;

/// <summary>Activities as Teams (or the Agents Playground) sends them.</summary>
public static class Activities
{
    public const string TenantId = "5f1e4c7a-0000-4a8e-9d1c-000000000001";
    public const string UserId = "29:1user-anna";
    public const string UserAadObjectId = "0b8f7e2c-anna";
    public const string BotId = "28:partnershipteams-bot";
    public const string ConversationId = "a:personal-anna";

    public static JsonObject Message(string serviceUrl, string text, string locale = "sv-SE") =>
        Base("message", serviceUrl, locale).With("text", text);

    /// <summary>An Action.Submit: a message with the card's inputs and the button's data in value, replying to the card.</summary>
    public static JsonObject Submit(string serviceUrl, JsonObject value, string locale = "sv-SE", string replyToId = "activity-card") =>
        Base("message", serviceUrl, locale).With("value", value).With("replyToId", replyToId);

    /// <summary>An Action.Execute: an adaptiveCard/action invoke.</summary>
    public static JsonObject Execute(string serviceUrl, string verb, JsonObject data, string locale = "sv-SE") =>
        Base("invoke", serviceUrl, locale).With("name", "adaptiveCard/action").With("value", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        });

    /// <summary>A search in the message extension (composeExtension/query): the words typed (null: the first query, nothing typed yet) and the page.</summary>
    public static JsonObject Search(string serviceUrl, string? text, int skip = 0, int count = 25, string commandId = "searchRegister", string locale = "sv-SE") =>
        Base("invoke", serviceUrl, locale).With("name", "composeExtension/query").With("value", new JsonObject
        {
            ["commandId"] = commandId,
            ["parameters"] = text is null
                ? new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" })
                : new JsonArray(new JsonObject { ["name"] = "query", ["value"] = text }),
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
        });

    /// <summary>A search invoke whose value is exactly <paramref name="value"/> (hostile or odd shapes).</summary>
    public static JsonObject SearchWithValue(string serviceUrl, JsonNode? value) =>
        Base("invoke", serviceUrl, "sv-SE").With("name", "composeExtension/query").With("value", value);

    public static JsonObject Installation(string serviceUrl, string action, string locale = "sv-SE") =>
        Base("installationUpdate", serviceUrl, locale).With("action", action);

    public static JsonObject Base(string type, string serviceUrl, string locale) => new()
    {
        ["type"] = type,
        ["id"] = "activity-" + Guid.NewGuid().ToString("N")[..8],
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Anna Svensson", ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PartnershipTeams" },
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["futureProperty"] = new JsonObject { ["kept"] = true },
    };

    private static JsonObject With(this JsonObject activity, string name, JsonNode? value)
    {
        activity[name] = value;
        return activity;
    }
}
