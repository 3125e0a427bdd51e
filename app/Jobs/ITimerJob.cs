namespace PartnershipTeams.Application.Jobs;

/// <summary>The work behind a timer function, named as its function.json folder.</summary>
public interface ITimerJob
{
    string Name { get; }

    /// <summary>Runs once; returns lines for the run's log (the custom handler hands them to the Functions host).</summary>
    Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken);
}
