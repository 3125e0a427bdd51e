using System.Text.Json.Nodes;

namespace PartnershipTeams.Bot.Cards;

/// <summary>Adaptive Card 1.5 elements as JSON: the small vocabulary every card builder uses.</summary>
public static class CardJson
{
    public const string Version = "1.5";

    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray([.. body]),
        };
        var actionList = actions?.ToList() ?? [];
        if (actionList.Count > 0)
        {
            card["actions"] = new JsonArray([.. actionList]);
        }

        return card;
    }

    public static JsonObject Heading(string text) => Text(text, weight: "bolder", size: "medium");

    /// <summary>A text block; <paramref name="text"/> is shown as markdown, so user text must go through <see cref="Markdown.Escape"/>.</summary>
    public static JsonObject Text(string text, string? weight = null, string? size = null, string? color = null, bool isSubtle = false, string? id = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (isSubtle)
        {
            block["isSubtle"] = true;
        }

        if (id is not null)
        {
            block["id"] = id;
        }

        return block;
    }

    public static JsonObject Problem(string field, string message) => Text(message, color: "attention", size: "small", id: $"{field}Error");

    public static JsonObject TextInput(string id, string label, string? value, string? requiredMessage = null, bool multiline = false, int? maxLength = null, string? placeholder = null)
    {
        var input = Input("Input.Text", id, label, value, requiredMessage);
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (maxLength is not null)
        {
            input["maxLength"] = maxLength;
        }

        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

        return input;
    }

    public static JsonObject DateInput(string id, string label, string? value, string? requiredMessage = null) => Input("Input.Date", id, label, value, requiredMessage);

    public static JsonObject NumberInput(string id, string label, string? value) => Input("Input.Number", id, label, value, requiredMessage: null);

    public static JsonObject ChoiceInput(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value, string? requiredMessage = null, bool multiSelect = false, bool expanded = false)
    {
        var input = Input("Input.ChoiceSet", id, label, value, requiredMessage);
        input["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        if (multiSelect)
        {
            input["isMultiSelect"] = true;
        }

        input["style"] = expanded || multiSelect ? "expanded" : "compact";
        return input;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Container(IEnumerable<JsonNode> items, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        if (separator)
        {
            container["separator"] = true;
            container["spacing"] = "medium";
        }

        return container;
    }

    /// <summary>A button that opens a web address (a document in SharePoint, say) in the user's browser.</summary>
    public static JsonObject OpenUrl(string title, Uri url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };

    /// <summary>A submit button; the verb and data come back in the activity's value (Action.Submit works in every Teams client).</summary>
    public static JsonObject Submit(string title, string verb, JsonObject? data = null, bool primary = false)
    {
        var payload = data?.DeepClone().AsObject() ?? [];
        payload["verb"] = verb;
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = payload };
        if (primary)
        {
            action["style"] = "positive";
        }

        return action;
    }

    /// <summary>An input; a required one carries the message the client shows when it is left empty.</summary>
    private static JsonObject Input(string type, string id, string label, string? value, string? requiredMessage)
    {
        var required = requiredMessage is not null;
        // Clients mark a required input's label themselves (Teams adds " *").
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }

        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = requiredMessage;
        }

        return input;
    }
}
