namespace PartnershipTeams.Application.Jobs;

/// <summary>A timer job that can also run as if it were another moment (to try it on a laptop without moving the clock).</summary>
public interface IRunsAsOf
{
    Task<IReadOnlyList<string>> RunAsOfAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
