using PartnershipTeams.Core.Domain;
using PartnershipTeams.Reports.Register;
using PartnershipTeams.Reports.Texts;

namespace PartnershipTeams.Reports.Review;

/// <summary>What every section reads: the partner's register, the period, today's date and the texts of the report's language.</summary>
public sealed record ReviewContext(PartnerRegister Register, ReviewPeriod Period, DateOnly Today, ReportTexts Texts);
