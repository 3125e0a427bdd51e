using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Graph;

/// <summary>
/// Proactive installation through Microsoft Graph, the calls "Proactive installation of apps using Graph" gives
/// (https://learn.microsoft.com/microsoftteams/platform/graph-api/proactive-bots-and-messages/graph-proactive-bots-and-messages):
/// the user by email (User.ReadBasic.All), the app in the organisation's catalog by its manifest id, the user's
/// installation of it, else an install (TeamsAppInstallation.ReadWriteSelfForUser.All), then the chat of that
/// installation. Least privilege: the chat comes from the installation, not from Chat.Read.All.
/// </summary>
public sealed partial class GraphAppInstaller(HttpClient http, BotOptions options, ILogger<GraphAppInstaller> logger) : IAppInstaller
{
    public async Task<AppInstallation> InstallForAsync(string email, CancellationToken cancellationToken)
    {
        if (options.EffectiveManifestId is not { Length: > 0 } manifestId)
        {
            return new(InstallationStatus.NotConfigured);
        }

        try
        {
            // GET /users/{email}: id of the person (User.ReadBasic.All).
            var user = await GetAsync($"users/{Uri.EscapeDataString(email)}?$select=id", cancellationToken);
            if (user.Status == HttpStatusCode.NotFound)
            {
                return new(InstallationStatus.UserNotFound);
            }

            if (Refused(user.Status) is { } refusedUser)
            {
                return refusedUser;
            }

            var userId = (string?)user.Body?["id"] ?? throw new HttpRequestException("Graph returned a user without an id.");

            // GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}': the catalog's own id of our app.
            var catalog = await GetAsync($"appCatalogs/teamsApps?$filter={Uri.EscapeDataString($"externalId eq '{Quote(manifestId)}'")}", cancellationToken);
            if (Refused(catalog.Status) is { } refusedCatalog)
            {
                return refusedCatalog;
            }

            if (catalog.Body?["value"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>() is not { } teamsAppId)
            {
                return new(InstallationStatus.AppNotInCatalog);
            }

            var installationId = await InstallationOfAsync(userId, teamsAppId, cancellationToken);
            if (installationId is null)
            {
                // POST /users/{id}/teamwork/installedApps (TeamsAppInstallation.ReadWriteSelfForUser.All).
                using var install = await http.PostAsJsonAsync(
                    $"users/{Uri.EscapeDataString(userId)}/teamwork/installedApps",
                    new JsonObject { ["teamsApp@odata.bind"] = $"{options.GraphBaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{teamsAppId}" },
                    cancellationToken);
                if (Refused(install.StatusCode) is { } refusedInstall)
                {
                    return refusedInstall;
                }

                // 409: installed meanwhile (by the person, or another run); either way it is there now.
                if (!install.IsSuccessStatusCode && install.StatusCode != HttpStatusCode.Conflict)
                {
                    LogGraphAnswered(logger, "install", (int)install.StatusCode);
                    return new(InstallationStatus.Failed);
                }

                LogInstalled(logger);
                installationId = await InstallationOfAsync(userId, teamsAppId, cancellationToken);
            }

            if (installationId is null)
            {
                return new(InstallationStatus.Failed);
            }

            // GET /users/{id}/teamwork/installedApps/{installation id}/chat: the 1:1 chat of the bot with the person.
            var chat = await GetAsync($"users/{Uri.EscapeDataString(userId)}/teamwork/installedApps/{Uri.EscapeDataString(installationId)}/chat", cancellationToken);
            if (Refused(chat.Status) is { } refusedChat)
            {
                return refusedChat;
            }

            return (string?)chat.Body?["id"] is { } chatId
                ? new(InstallationStatus.Installed, new ChatAddress(options.ServiceUrl, chatId), userId)
                : new(InstallationStatus.Failed);
        }
        catch (HttpRequestException e)
        {
            LogGraphUnreachable(logger, e);
            return new(InstallationStatus.Failed);
        }
    }

    /// <summary>GET /users/{id}/teamwork/installedApps?$expand=teamsApp&amp;$filter=teamsApp/id eq '{app}': empty when not installed.</summary>
    private async Task<string?> InstallationOfAsync(string userId, string teamsAppId, CancellationToken cancellationToken)
    {
        var filter = Uri.EscapeDataString($"teamsApp/id eq '{Quote(teamsAppId)}'");
        var installed = await GetAsync($"users/{Uri.EscapeDataString(userId)}/teamwork/installedApps?$expand=teamsApp&$filter={filter}", cancellationToken);
        return installed.Status == HttpStatusCode.OK ? installed.Body?["value"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>() : null;
    }

    private async Task<(HttpStatusCode Status, JsonObject? Body)> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) : null;
        if (!response.IsSuccessStatusCode && response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized))
        {
            LogGraphAnswered(logger, path.Split('?')[0].Split('/')[0], (int)response.StatusCode);
            throw new HttpRequestException($"Graph answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return (response.StatusCode, body);
    }

    /// <summary>401/403: the permission is not granted (or admin consent is missing): not worth trying again.</summary>
    private static AppInstallation? Refused(HttpStatusCode status) =>
        status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized ? new(InstallationStatus.NoPermission) : null;

    /// <summary>An OData string literal: a quote inside is doubled.</summary>
    private static string Quote(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed the app for a person through Graph (proactive installation)")]
    private static partial void LogInstalled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph answered {Status} to the {Call} call of a proactive installation")]
    private static partial void LogGraphAnswered(ILogger logger, string call, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph could not be reached for a proactive installation; a later run tries again")]
    private static partial void LogGraphUnreachable(ILogger logger, Exception exception);
}
