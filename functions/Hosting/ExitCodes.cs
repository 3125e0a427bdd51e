namespace PartnershipTeams.Functions.Hosting;

/// <summary>How the app ends when it refuses to run.</summary>
public static class ExitCodes
{
    /// <summary>The configuration would expose something unsafely, or a setting is missing or malformed (sysexits' EX_CONFIG); README, Configuration.</summary>
    public const int UnsafeConfiguration = 78;
}
