namespace PartnershipTeams.Functions.Hosting;

/// <summary>Under the Azure Functions host, listen where it says; standalone, keep the configured URLs.</summary>
public static class FunctionsHostPort
{
    /// <summary>The variable the Functions host sets for a custom handler's port.</summary>
    public const string Variable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>Whether the Azure Functions host runs this app (as its custom handler): the one place that decides it.</summary>
    public static bool IsUnderFunctionsHost(IConfiguration configuration) => !string.IsNullOrEmpty(configuration[Variable]);

    public static IWebHostBuilder UseFunctionsHostPortWhenGiven(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        var port = configuration[Variable];
        if (!string.IsNullOrEmpty(port))
        {
            webHost.UseUrls($"http://127.0.0.1:{port}");
        }

        return webHost;
    }
}
