using Microsoft.Extensions.Options;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions.Retention;

/// <summary>Registers the retention job and its periods (checked at start: a bad period stops the app with a message).</summary>
public static class RetentionServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddSingleton<RegisterRetention>();
        services.AddSingleton<ITimerJob, RetentionJob>();
        return services;
    }
}
