using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Search;

/// <summary>
/// How an item of each searched list reads as a <see cref="RegisterEntry"/>: partners, visits (withdrawn ones are not
/// found), activities, goals and contacts. Which words are whose is decided here, once.
/// </summary>
public static class RegisterEntries
{
    /// <summary>The lists the search reads (action plans only to place goals under their partner).</summary>
    public static IReadOnlyList<string> Lists { get; } =
        [PartnersList.Name, ActionPlansList.Name, VisitsList.Name, ActivitiesList.Name, GoalsList.Name, ContactsList.Name];

    /// <summary>The entry of an item, or null when its list is not searched or a required value is unreadable.</summary>
    public static RegisterEntry? From(string list, ListItem item, Func<int, int?> partnerOfPlan) => list switch
    {
        PartnersList.Name => PartnersList.Read(item) is { } p ? Partner(item.Id, p) : null,
        VisitsList.Name => VisitsList.NotWithdrawn.Read(item) is { } v ? Visit(item.Id, v) : null,
        ActivitiesList.Name => ActivitiesList.Read(item) is { } a ? Activity(item.Id, a) : null,
        GoalsList.Name => GoalsList.Read(item) is { } g ? Goal(item.Id, g, partnerOfPlan(g.ActionPlanId)) : null,
        ContactsList.Name => ContactsList.Read(item) is { } c ? Contact(item.Id, c, item.Date(ContactsList.LastContact)) : null,
        _ => null,
    };

    private static RegisterEntry Partner(int id, Partner p) =>
        new(SearchKind.Partner, PartnersList.Name, id, p.Title, id, p.AgreementSince, p.NextAgreementDue, null, p.Country, p.Coordinators,
            [.. p.Coordinators.Select(c => (PartnersList.CoordinatorEmail, c))], IsOpen: true)
        {
            Words = Fold(p.Title, p.Country),
            PersonalWords = Fold(p.CoordinatorEmail),
        };

    private static RegisterEntry Visit(int id, Visit v) =>
        new(SearchKind.Visit, VisitsList.Name, id, v.Title, v.PartnerId, v.Start, v.End, v.Direction, string.Join(", ", v.Organisations), [v.ReportedByEmail],
            [(VisitsList.Participants, v.Participants), (VisitsList.ReportedByEmail, v.ReportedByEmail)], IsOpen: true)
        {
            Words = Fold([v.Title, .. v.Organisations]),
            PersonalWords = Fold(v.Participants, v.ReportedByEmail),
        };

    private static RegisterEntry Activity(int id, Activity a) =>
        new(SearchKind.Activity, ActivitiesList.Name, id, a.Title, a.PartnerId, a.Start, a.FollowUpDue ?? a.End, a.Status, a.OwnerOrganisation, [a.ResponsibleEmail],
            [(ActivitiesList.ResponsibleEmail, a.ResponsibleEmail)], a.IsOpen)
        {
            Words = Fold(a.Title, a.OwnerOrganisation),
            PersonalWords = Fold(a.ResponsibleEmail),
        };

    private static RegisterEntry Goal(int id, Goal g, int? partner) =>
        new(SearchKind.Goal, GoalsList.Name, id, g.Title, partner, null, g.NextReviewDue, g.Status, g.Indicator, [g.OwnerEmail],
            [(GoalsList.OwnerEmail, g.OwnerEmail)], g.IsOpen)
        {
            Words = Fold(g.Title, g.Indicator),
            PersonalWords = Fold(g.OwnerEmail),
        };

    private static RegisterEntry Contact(int id, Contact c, DateOnly? lastContact) =>
        new(SearchKind.Contact, ContactsList.Name, id, c.Name, c.PartnerId, null, lastContact, c.Kind, string.Join(" · ", new[] { c.Role, c.Organisation }.Where(s => s.Length > 0)), [],
            [(ContactsList.Email, c.Email), (ContactsList.Phone, c.Phone)], IsOpen: true)
        {
            Words = Fold(c.Name, c.Organisation, c.Role),
            PersonalWords = Fold(c.Email, c.Phone, c.Notes),
        };

    private static string[] Fold(params string?[] texts) => [.. texts.SelectMany(SearchText.Words).Distinct()];
}
