using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Withdraw: within the window <see cref="ReportOptions"/> sets, the reporter's withdrawal is accepted into the outbox
/// and the listing comes back saying so; the sync marks the visit withdrawn (kept, never deleted) and cancels its
/// follow-ups. A visit is withdrawn once, so its withdrawal's submission id follows from the visit's: a retried
/// invoke or a second press finds the first and changes nothing more.
/// </summary>
public sealed class VisitWithdrawAction(OwnVisits visits, SubmissionConfirmations confirmations, SubmissionIntake intake, IOptions<ReportOptions> options, TimeProvider time) : ICardAction
{
    public string Verb => MyVisitsCard.WithdrawVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (await visits.FromCardAsync(turn, card, cancellationToken) is not { } own)
        {
            return;
        }

        if (own.IsWithdrawn)
        {
            await turn.SayAsync(turn.Texts.AlreadyWithdrawn, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var visit = own.Visit;
        if (!options.Value.MayWithdraw(visit.ReportedAt, now))
        {
            var days = options.Value.WithdrawWithinDays;
            var reportedOn = BusinessTimeZone.DateOf(visit.ReportedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await turn.SayAsync(days == 0 ? turn.Texts.WithdrawalTurnedOff : turn.Texts.WithdrawWindowClosed(days, reportedOn), cancellationToken);
            return;
        }

        var submissionId = WithdrawalIdOf(visit.SubmissionId);
        var withdrawal = new VisitWithdrawal(own.Item.Id, visit.SubmissionId, visit.Title, visit.ReportedByEmail, now, submissionId);
        var accepted = await intake.AcceptOnceAsync(SubmissionTypes.VisitWithdrawal, submissionId, visit.Title, visit.ReportedByEmail, withdrawal, cancellationToken)
            ?? throw new MalformedTurnException("The visit's withdrawal id belongs to another kind of submission.");
        await turn.ShowCardAsync((await confirmations.CardAsync(turn, accepted.Stored, cancellationToken))!, cancellationToken);
    }

    /// <summary>The one submission id a visit's withdrawal has: 32 hex digits, like every id the bot makes.</summary>
    public static string WithdrawalIdOf(string visitSubmissionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("withdrawal:" + visitSubmissionId)))[..32];
}
