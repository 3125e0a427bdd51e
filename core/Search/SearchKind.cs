namespace PartnershipTeams.Core.Search;

/// <summary>The kinds of register item the search finds.</summary>
public enum SearchKind
{
    Partner,
    Visit,
    Activity,
    Goal,
    Contact,
}
