namespace PartnershipTeams.Core.Time;

/// <summary>The municipality's time zone, Europe/Stockholm: the one place the product names it.</summary>
public static class BusinessTimeZone
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The local date and time in Stockholm for an instant.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today's date in Stockholm.</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The date in Stockholm at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);
}
