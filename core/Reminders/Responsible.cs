namespace PartnershipTeams.Core.Reminders;

/// <summary>Who acts on a reminded item: the person it names, or the coordinators of its partner; nobody when it names neither.</summary>
public sealed record Responsible(string? Email, int? CoordinatorsOfPartner)
{
    public static Responsible Nobody { get; } = new(null, null);

    public static Responsible Person(string? email) => string.IsNullOrWhiteSpace(email) ? Nobody : new(email.Trim(), null);

    public static Responsible CoordinatorsOf(int partnerId) => new(null, partnerId);
}
