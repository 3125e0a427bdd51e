namespace PartnershipTeams.Protocol;

/// <summary>The activity types and invoke names the bot handles.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>Universal Actions: an Action.Execute on an Adaptive Card.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A search in the message extension (compose box or command box).</summary>
    public const string ComposeExtensionQuery = "composeExtension/query";

    /// <summary>The user accepted or declined a file the bot offered (file consent card).</summary>
    public const string FileConsent = "fileConsent/invoke";

    /// <summary>The type if it is one the bot handles, else "other": what telemetry may name (the type is the sender's text).</summary>
    public static string Known(string type) => type is Message or Invoke or ConversationUpdate or InstallationUpdate ? type : "other";
}
