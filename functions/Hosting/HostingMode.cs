namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// Which entry point runs the app: the Azure Functions host's .NET isolated worker, or the app alone (a laptop, the tests).
/// Decided once, at start, from how the process was started; everything that differs between the two asks this.
/// </summary>
public sealed record HostingMode(bool UnderFunctionsHost)
{
    /// <summary>
    /// The host starts a worker with "--host … --port … --functions-uri … --functions-worker-id …"
    /// (azure-functions-host, src/WebJobs.Script/Workers/Rpc/RpcWorkerContext.cs); the worker maps --functions-uri to
    /// Functions:Worker:HostEndpoint and cannot run without it. In placeholder mode FunctionsNetHost forwards the same
    /// arguments and sets the AppContext switch AZURE_FUNCTIONS_NATIVE_HOST. App settings such as
    /// FUNCTIONS_WORKER_RUNTIME are inherited by any process (a developer's shell too), so they prove nothing.
    /// </summary>
    public static HostingMode Of(string[] args) => new(
        args.Any(a => a.StartsWith("--functions-uri", StringComparison.Ordinal))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("Functions__Worker__HostEndpoint"))
        || AppContext.GetData("AZURE_FUNCTIONS_NATIVE_HOST") is not null);

    public static HostingMode Standalone { get; } = new(false);
}
