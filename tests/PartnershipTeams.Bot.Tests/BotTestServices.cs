using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application;
using PartnershipTeams.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.Reports;
using PartnershipTeams.State;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests;

/// <summary>What the bot's test hosts are made of: the product's registrations, as the app composes them, with a fixed connector token.</summary>
public static class BotTestServices
{
    public static IServiceCollection AddBotUnderTest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPartnershipLists(configuration);
        services.AddPartnershipState(configuration);
        services.AddPartnershipApplication();
        services.AddPartnershipBot(configuration);
        services.AddPartnershipReports();
        services.AddSingleton(new BotCredential(new StaticTokenCredential("connector-token")));
        return services;
    }
}
