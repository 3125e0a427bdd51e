using System.Globalization;

namespace PartnershipTeams.Core.Reports;

/// <summary>Which review: the partner (its Partners item id), the period (null: the current action-plan period) and the language.</summary>
public sealed record ReviewRequest(int PartnerId, DateOnly? From, DateOnly? To, CultureInfo Culture);
