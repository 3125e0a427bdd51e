namespace PartnershipTeams.Functions.Hosting;

/// <summary>How the app ends when it refuses to run.</summary>
public static class ExitCodes
{
    /// <summary>The configuration would expose something unsafely (sysexits' EX_CONFIG).</summary>
    public const int UnsafeConfiguration = 78;
}
