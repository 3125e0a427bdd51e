namespace PartnershipTeams.Core.Lists;

/// <summary>Whether the register's lists are provisioned, and provisioning them now when the start could not (the store was down).</summary>
public interface IRegisterReadiness
{
    bool IsReady { get; }

    /// <summary>True once the lists are provisioned; the jobs call this first, so the app recovers when the store is back.</summary>
    Task<bool> EnsureReadyAsync(CancellationToken cancellationToken);
}
