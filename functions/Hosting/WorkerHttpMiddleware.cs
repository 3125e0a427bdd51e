using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// Under the Functions host, what the standalone app's middleware does for every HTTP answer (the worker's ASP.NET Core
/// pipeline is its own): no browser guesses a content type (nosniff), and a register that does not answer is a 503
/// with Retry-After (<see cref="StoreUnavailableResponses"/>), not a failed invocation.
/// </summary>
public sealed class WorkerHttpMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        try
        {
            await next(context);
        }
        catch (ListStoreUnavailableException) when (!http.Response.HasStarted)
        {
            await StoreUnavailableResponses.WriteAsync(http);
        }
    }
}
