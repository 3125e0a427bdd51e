namespace PartnershipTeams.Core.Domain;

/// <summary>Who made up a delegation, as counts where the reporter knows them: women, men, and others or not stated.</summary>
public sealed record DelegationComposition(int? Women, int? Men, int? OtherOrNotStated)
{
    /// <summary>Nothing reported.</summary>
    public bool IsEmpty => Women is null && Men is null && OtherOrNotStated is null;

    /// <summary>Everyone counted.</summary>
    public int Total => (Women ?? 0) + (Men ?? 0) + (OtherOrNotStated ?? 0);
}
