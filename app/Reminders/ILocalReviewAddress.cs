using System.Globalization;

namespace PartnershipTeams.Application.Reminders;

/// <summary>Where this app itself serves a partner's review (a laptop without SharePoint); null where it does not (in Azure).</summary>
public interface ILocalReviewAddress
{
    Uri? ReviewOf(int partnerId, CultureInfo culture);
}

/// <summary>No address of its own (a host that serves no review pages).</summary>
internal sealed class NoLocalReviewAddress : ILocalReviewAddress
{
    public Uri? ReviewOf(int partnerId, CultureInfo culture) => null;
}
