namespace PartnershipTeams.Application.Sync;

/// <summary>Graph change notifications (section "Notifications"); off unless both values are set.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The public URL of POST /api/notifications, e.g. https://partnerships.azurewebsites.net/api/notifications.</summary>
    public Uri? Url { get; set; }

    /// <summary>The shared secret Graph echoes in each notification; only from the environment or Key Vault.</summary>
    public string? ClientState { get; set; }

    /// <summary>How long to gather notifications before one sync runs for them all.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => Url is not null && !string.IsNullOrWhiteSpace(ClientState);
}
