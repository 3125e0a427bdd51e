using Microsoft.Extensions.Options;

namespace PartnershipTeams.Application.Sync;

/// <summary>
/// Change notifications checked at start: both values or neither (one alone would silently leave the register
/// polled only every five minutes), a public https URL, and a debounce between a second and five minutes.
/// </summary>
public sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var problems = new List<string>();
        if ((options.Url is null) != string.IsNullOrWhiteSpace(options.ClientState))
        {
            problems.Add("Notifications:Url and Notifications__ClientState must be set together: both to receive Graph change notifications, or neither.");
        }

        if (options.Url is { } url && (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"Notifications:Url must be the public https URL of /api/notifications; got '{url}'.");
        }

        if (options.Debounce < TimeSpan.FromSeconds(1) || options.Debounce > TimeSpan.FromMinutes(5))
        {
            problems.Add($"Notifications:Debounce must be between 00:00:01 and 00:05:00; got {options.Debounce}.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
