using System.Text.Json.Nodes;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Teams' file cards for sending a file in a personal chat: the consent card that asks the user, and the info card that
/// shows the uploaded file. Shapes from https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4.
/// </summary>
public static class FileCards
{
    public const string ConsentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoType = "application/vnd.microsoft.teams.card.file.info";

    public static Activity Consent(OfferedFile file)
    {
        var context = new JsonObject([.. file.Context.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value))]);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments =
            [
                new Attachment
                {
                    ContentType = ConsentType,
                    Name = file.Name,
                    Content = new JsonObject
                    {
                        ["description"] = file.Description,
                        ["sizeInBytes"] = file.SizeInBytes,
                        ["acceptContext"] = context,
                        ["declineContext"] = context.DeepClone(),
                    },
                },
            ],
        };
    }

    public static Activity Info(FileUploadTarget target) => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment
            {
                ContentType = InfoType,
                ContentUrl = target.ContentUrl,
                Name = target.Name,
                Content = new JsonObject { ["uniqueId"] = target.UniqueId, ["fileType"] = target.FileType },
            },
        ],
    };
}
