namespace PartnershipTeams.Core.Domain;

/// <summary>Something a visit committed to, with who does it and by when; becomes an Activity.</summary>
public sealed record FollowUpAction(string Title, string OwnerEmail, DateOnly Due, ThematicArea Theme);
