using System.Text.Json.Nodes;

namespace PartnershipTeams.Bot.Cards;

/// <summary>Adaptive Card 1.5 elements as JSON: the small vocabulary every card builder uses.</summary>
public static class CardJson
{
    public const string Version = "1.5";

    /// <summary>Teams refreshes a card automatically for at most five users (userIds); others get a manual refresh.</summary>
    public const int MaxRefreshUsers = 5;

    /// <summary>
    /// A card; its buttons go into an ActionSet at the end of the body, because "some older Teams clients do not
    /// support fallback property when not wrapped in an ActionSet" (Universal Actions, backward compatibility:
    /// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards).
    /// </summary>
    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var elements = body.ToList();
        var actionList = actions?.ToList() ?? [];
        if (actionList.Count > 0)
        {
            elements.Add(Actions(actionList));
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray([.. elements]),
        };
    }

    /// <summary>Buttons inside the body (under the item they act on), as an ActionSet.</summary>
    public static JsonObject Actions(IEnumerable<JsonNode> actions) => new() { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) };

    /// <summary>
    /// The card with a refresh (Universal Actions' refresh model): when one of <paramref name="userIds"/> (Teams user
    /// ids, at most five) opens it, Teams invokes <paramref name="verb"/> and shows the card the bot answers with, so
    /// it shows the item as it is now. Without user ids Teams offers a manual refresh instead.
    /// </summary>
    public static JsonObject WithRefresh(JsonObject card, string verb, JsonObject data, IEnumerable<string?> userIds)
    {
        var payload = data.DeepClone().AsObject();
        payload["verb"] = verb;
        var users = userIds.OfType<string>().Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxRefreshUsers).ToList();
        var refresh = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = payload } };
        if (users.Count > 0)
        {
            refresh["userIds"] = new JsonArray([.. users.Select(u => (JsonNode)u)]);
        }

        card["refresh"] = refresh;
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

    /// <summary>
    /// A text input. Amounts are text inputs too, never Input.Number: a browser's number field (Teams web and desktop,
    /// the Agents Playground) empties itself on "12 500,50", "12 500" and "12500,50", so Swedish typing would never reach
    /// the server, where <see cref="Core.Validation.SwedishNumber"/> reads it.
    /// </summary>
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

    /// <summary>A whole-number input (a count of people): never for amounts or decimals, which Swedish users write with spaces and a comma (see <see cref="TextInput"/>).</summary>
    public static JsonObject NumberInput(string id, string label, string? value, double? min = null, double? max = null)
    {
        var input = Input("Input.Number", id, label, value, requiredMessage: null);

        // The value as the number it is, the way the user wrote it or not ("1 200,50"); text that is none stays text, so nothing typed is lost.
        if (Core.Validation.SwedishNumber.TryParse(value, out var number))
        {
            input["value"] = (double)number;
        }

        if (min is { } lowest)
        {
            input["min"] = lowest;
        }

        if (max is { } highest)
        {
            input["max"] = highest;
        }

        return input;
    }

    public static JsonObject ChoiceInput(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value, string? requiredMessage = null, bool multiSelect = false, bool expanded = false, string? placeholder = null)
    {
        var input = Input("Input.ChoiceSet", id, label, value, requiredMessage);
        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

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

    public static JsonObject Container(IEnumerable<JsonNode> items, bool separator = false, string? id = null, bool isVisible = true)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        if (separator)
        {
            container["separator"] = true;
            container["spacing"] = "medium";
        }

        return Toggleable(container, id, isVisible);
    }

    /// <summary>Columns side by side; each column's width "stretch", "auto" or pixels ("120px").</summary>
    public static JsonObject Columns(params JsonObject[] columns) => new() { ["type"] = "ColumnSet", ["columns"] = new JsonArray([.. columns]) };

    public static JsonObject Column(IEnumerable<JsonNode> items, string width = "stretch", string? id = null, bool isVisible = true) =>
        Toggleable(new JsonObject { ["type"] = "Column", ["width"] = width, ["items"] = new JsonArray([.. items]) }, id, isVisible);

    /// <summary>
    /// A button that shows or hides parts of the card on the client, with no round trip (Action.ToggleVisibility, Adaptive
    /// Cards 1.2; Teams renders it): for what only some reports need. Hidden inputs are still sent with the card.
    /// </summary>
    public static JsonObject Toggle(string title, IEnumerable<string> targetIds) => new()
    {
        ["type"] = "Action.ToggleVisibility",
        ["title"] = title,
        ["targetElements"] = new JsonArray([.. targetIds.Select(t => (JsonNode)t)]),
    };

    /// <summary>An element a toggle can find (its id) and that starts hidden when <paramref name="isVisible"/> is false.</summary>
    private static JsonObject Toggleable(JsonObject element, string? id, bool isVisible)
    {
        if (id is not null)
        {
            element["id"] = id;
        }

        if (!isVisible)
        {
            element["isVisible"] = false;
        }

        return element;
    }

    /// <summary>A button that opens a web address (a document in SharePoint, say) in the user's browser.</summary>
    public static JsonObject OpenUrl(string title, Uri url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };

    /// <summary>
    /// A button as a Universal Action: Action.Execute (an adaptiveCard/action invoke, answered with the card to show),
    /// with an Action.Submit fallback for Teams clients without Universal Actions (a message whose value holds the
    /// data). Both carry the verb in their data too, so either way reaches the same handler.
    /// </summary>
    public static JsonObject Submit(string title, string verb, JsonObject? data = null, bool primary = false, bool destructive = false)
    {
        var payload = data?.DeepClone().AsObject() ?? [];
        payload["verb"] = verb;
        var fallback = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = payload.DeepClone() };
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = payload };
        if (primary || destructive)
        {
            fallback["style"] = primary ? "positive" : "destructive";
            action["style"] = primary ? "positive" : "destructive";
        }

        action["fallback"] = fallback;
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
