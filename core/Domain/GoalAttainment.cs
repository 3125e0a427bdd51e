namespace PartnershipTeams.Core.Domain;

/// <summary>What the register can judge of a goal by itself, from its target and latest value.</summary>
public enum GoalAttainment
{
    /// <summary>The latest value meets the target.</summary>
    Reached,

    /// <summary>Some of the way: more than nothing, less than the target.</summary>
    Partly,

    /// <summary>Nothing achieved yet.</summary>
    NotReached,

    /// <summary>No target or no value: the register cannot judge it.</summary>
    Unknown,
}
