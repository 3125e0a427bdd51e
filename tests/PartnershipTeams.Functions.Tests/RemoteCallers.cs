using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests;

/// <summary>A client of the app whose every request looks as if it came from another machine (192.0.2.44, a documentation address).</summary>
public static class RemoteCallers
{
    public static HttpClient ClientOf(ProductApp app) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new Filter()))).CreateClient();

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.44");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
