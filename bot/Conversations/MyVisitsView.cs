using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The "my visits" card for a user: their newest reports, each with where it stands in words, Correct while it is in the
/// register and not withdrawn, and Withdraw while the withdrawal window (<see cref="ReportOptions"/>) is open too.
/// </summary>
public sealed class MyVisitsView(OwnVisits visits, PartnerChoices partners, IOptions<ReportOptions> options, TimeProvider time)
{
    /// <summary>The most reports one card shows (a card must stay under Teams' 28 KB).</summary>
    public const int Shown = 10;

    public async Task<JsonObject> CardAsync(BotTexts texts, string email, string? notice, CancellationToken cancellationToken, bool noticeIsAProblem = false)
    {
        var reports = await visits.OfAsync(email, cancellationToken);
        var titles = (await partners.LoadAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Title);
        var now = time.GetUtcNow();
        var rows = reports.Take(Shown).Select(r =>
        {
            var open = r.InRegister is not null && r.State is ReportState.InRegister or ReportState.Corrected or ReportState.CorrectionReceived;
            return new MyVisitsCard.Row(
                r.Visit.Title,
                titles.GetValueOrDefault(r.Visit.PartnerId, "–"),
                r.Visit.Start,
                r.Visit.End,
                BusinessTimeZone.DateOf(r.Visit.ReportedAt),
                Describe(texts, r),
                r.InRegister?.Key,
                CanCorrect: open,
                CanWithdraw: open && options.Value.MayWithdraw(r.Visit.ReportedAt, now));
        }).ToList();
        return MyVisitsCard.Build(texts, rows, reports.Count, notice, noticeIsAProblem);
    }

    private static string Describe(BotTexts texts, OwnVisits.Report report) => report.State switch
    {
        ReportState.Received => texts.VisitStatusReceived,
        ReportState.KeptAside => texts.VisitStatusKeptAside,
        ReportState.Corrected => texts.VisitStatusCorrected(Date(report.Since)),
        ReportState.CorrectionReceived => texts.VisitStatusCorrectionReceived,
        ReportState.WithdrawalReceived => texts.VisitStatusWithdrawalReceived,
        ReportState.Withdrawn => texts.VisitStatusWithdrawn(Date(report.Since)),
        _ => texts.VisitStatusInRegister,
    };

    private static string Date(DateTimeOffset? instant) =>
        instant is { } at ? BusinessTimeZone.DateOf(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";
}
