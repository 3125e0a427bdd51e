namespace PartnershipTeams.Application.Chats;

/// <summary>
/// Proactive installation: installs the app for a person who has not installed it, so a proactive message can reach
/// them, and says where their chat with the bot is. The protocol behind it (Microsoft Graph) is not visible here.
/// </summary>
public interface IAppInstaller
{
    Task<AppInstallation> InstallForAsync(string email, CancellationToken cancellationToken);
}

/// <summary>How an installation went, and on success the personal chat of the bot with the person.</summary>
public sealed record AppInstallation(InstallationStatus Status, ChatAddress? Chat = null, string? UserAadObjectId = null);

/// <summary>Where a chat is: its conversation and the address Teams gave for it.</summary>
public sealed record ChatAddress(string ServiceUrl, string ConversationId);

/// <summary>Why a person could or could not be reached by installing the app for them.</summary>
public enum InstallationStatus
{
    /// <summary>The app is installed for the person (now, or it was already) and their chat is known.</summary>
    Installed,

    /// <summary>Proactive installation is not set up here (no Graph identity or app id: a laptop).</summary>
    NotConfigured,

    /// <summary>Graph refused: the app lacks User.ReadBasic.All or TeamsAppInstallation.ReadWriteSelfForUser.All (admin consent).</summary>
    NoPermission,

    /// <summary>No user with this email in the organisation's directory.</summary>
    UserNotFound,

    /// <summary>The app is not published to the organisation's app catalog, and Graph installs only apps from there.</summary>
    AppNotInCatalog,

    /// <summary>Graph did not answer usefully this time; a later run may succeed.</summary>
    Failed,
}
