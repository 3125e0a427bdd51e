namespace PartnershipTeams.Core.Domain;

/// <summary>What a goal's indicator counts, which decides the values a report may give it.</summary>
public enum IndicatorKind
{
    /// <summary>Anything else; only the register's number range applies.</summary>
    Other,

    /// <summary>A count (visits, overnight stays, agreements): whole numbers from 0.</summary>
    Count,

    /// <summary>A share in per cent: 0–100.</summary>
    Percent,

    /// <summary>An amount in kronor: from 0.</summary>
    Amount,
}
