namespace PartnershipTeams.Core.Domain;

/// <summary>Which side a contact person is on: a Swedish authority, the partner city, a university, a company, or other.</summary>
public enum ContactKind
{
    /// <summary>Svensk myndighet: Utrikesdepartementet, an embassy, a consulate general.</summary>
    SwedishAuthority,

    /// <summary>Partnerstad: the partner city's government or one of its bureaus.</summary>
    PartnerCity,

    /// <summary>Universitet.</summary>
    University,

    /// <summary>Företag.</summary>
    Company,

    /// <summary>Annan.</summary>
    OtherOrganisation,
}
