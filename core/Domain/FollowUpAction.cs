namespace PartnershipTeams.Core.Domain;

/// <summary>
/// Something a visit committed to, with who does it and by when; becomes an Activity. <paramref name="Organisation"/>
/// is the organisation responsible (none in reports made before the card asked for it).
/// </summary>
public sealed record FollowUpAction(string Title, string OwnerEmail, DateOnly Due, ThematicArea Theme, string? Organisation = null);
