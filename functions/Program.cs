using PartnershipTeams.Functions.Hosting;

// One composition, two entry points, chosen by how the process was started: by the Azure Functions host (its .NET
// isolated worker) or alone (dotnet run, the published executable on a laptop, the tests).
var hosting = HostingMode.Of(args);
return hosting.UnderFunctionsHost
    ? await WorkerEntryPoint.RunAsync(args, hosting)
    : await StandaloneEntryPoint.RunAsync(args);

/// <summary>The Functions app's entry point (public so tests can host it).</summary>
public partial class Program;
