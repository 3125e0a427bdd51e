using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Withdraw, once the reporter said yes to <see cref="WithdrawConfirmationCard"/> (<see cref="VisitWithdrawQuestionAction"/>
/// asks): within the window <see cref="ReportOptions"/> sets, the reporter's withdrawal is accepted into the outbox
/// and the listing comes back saying so; the sync marks the visit withdrawn (kept, never deleted) and cancels its
/// follow-ups. A visit is withdrawn once, so its withdrawal's submission id follows from the visit's: a retried
/// invoke or a second press finds the first and changes nothing more.
/// </summary>
public sealed class VisitWithdrawAction(OwnVisits visits, SubmissionConfirmations confirmations, SubmissionIntake intake, IOptions<ReportOptions> options, TimeProvider time) : ICardAction
{
    public string Verb => WithdrawConfirmationCard.ConfirmVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (await visits.FromCardAsync(turn, card, cancellationToken) is not { } own)
        {
            return;
        }

        var now = time.GetUtcNow();
        var visit = own.Visit;
        if (RefusalOf(own, options.Value, now, turn.Texts) is { } refusal)
        {
            await turn.SayAsync(refusal, cancellationToken);
            return;
        }

        var submissionId = WithdrawalIdOf(visit.SubmissionId);
        var withdrawal = new VisitWithdrawal(own.Item.Id, visit.SubmissionId, visit.Title, visit.ReportedByEmail, now, submissionId);
        var accepted = await intake.AcceptOnceAsync(SubmissionTypes.VisitWithdrawal, submissionId, visit.Title, visit.ReportedByEmail, withdrawal, cancellationToken)
            ?? throw new MalformedTurnException("The visit's withdrawal id belongs to another kind of submission.");
        await turn.ShowCardAsync((await confirmations.CardAsync(turn, accepted.Stored, cancellationToken))!, cancellationToken);
    }

    /// <summary>Why the visit cannot be withdrawn now, as the user is told it, or null when it can.</summary>
    public static string? RefusalOf(OwnVisits.OwnVisit own, ReportOptions options, DateTimeOffset now, BotTexts texts)
    {
        if (own.IsWithdrawn)
        {
            return texts.AlreadyWithdrawn;
        }

        if (options.MayWithdraw(own.Visit.ReportedAt, now))
        {
            return null;
        }

        var reportedOn = BusinessTimeZone.DateOf(own.Visit.ReportedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return options.WithdrawWithinDays == 0 ? texts.WithdrawalTurnedOff : texts.WithdrawWindowClosed(options.WithdrawWithinDays, reportedOn);
    }

    /// <summary>The one submission id a visit's withdrawal has: 32 hex digits, like every id the bot makes.</summary>
    public static string WithdrawalIdOf(string visitSubmissionId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("withdrawal:" + visitSubmissionId)))[..32];
}
