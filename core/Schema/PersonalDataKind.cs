namespace PartnershipTeams.Core.Schema;

/// <summary>The kinds of personal data the register keeps, each with a retention period of its own (docs/DATA-INVENTORY.md).</summary>
public enum PersonalDataKind
{
    /// <summary>Names of the people on a visit, from the visit's last day.</summary>
    VisitParticipants,

    /// <summary>Who reported, corrected or changed an item, from when they did.</summary>
    ReporterEmails,

    /// <summary>How to reach a contact person, from the last contact.</summary>
    ContactDetails,
}
