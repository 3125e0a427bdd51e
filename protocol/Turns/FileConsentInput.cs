namespace PartnershipTeams.Protocol.Turns;

/// <summary>
/// The user's answer on a file consent card: accepted (with where to upload) or declined, and the context the bot put
/// on the card. Teams sends it as an invoke "fileConsent/invoke"
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4).
/// </summary>
public sealed record FileConsentInput(bool Accepted, IReadOnlyDictionary<string, string> Context, FileUploadTarget? Target) : TurnInput;

/// <summary>Where Teams lets the bot put an accepted file (the user's OneDrive): upload URL, the file's URL, name, id and type.</summary>
public sealed record FileUploadTarget(string UploadUrl, string ContentUrl, string Name, string? UniqueId, string? FileType);

/// <summary>A file the bot offers the user: its name, what it is, its size, and the context it wants back on consent.</summary>
public sealed record OfferedFile(string Name, string Description, long SizeInBytes, IReadOnlyDictionary<string, string> Context);
