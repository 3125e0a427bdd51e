using Microsoft.Azure.Functions.Worker;
using PartnershipTeams.Web.Legal;

namespace PartnershipTeams.Functions.Functions;

/// <summary>The functions "privacy" and "terms": the pages the Teams app manifest names, for anyone.</summary>
public static class LegalFunctions
{
    [Function("privacy")]
    public static IResult Privacy([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LegalPages.PrivacyRoute)] HttpRequest request) =>
        LegalPages.PrivacyPage(request);

    [Function("terms")]
    public static IResult Terms([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LegalPages.TermsRoute)] HttpRequest request) =>
        LegalPages.TermsPage(request);
}
