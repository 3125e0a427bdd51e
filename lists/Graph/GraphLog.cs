using Microsoft.Extensions.Logging;

namespace PartnershipTeams.Lists.Graph;

/// <summary>What the SharePoint adapter logs.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "List '{List}' keeps its title and views as they are: the SharePoint REST API could not be used; the next provisioning tries again")]
    public static partial void ManagersViewNotSet(ILogger logger, string list, Exception exception);
}
