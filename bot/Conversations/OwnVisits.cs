using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// A user's own visit reports and where each stands: those in the register (read by their reporter's email, an indexed
/// column) and those the submission log holds that the register does not yet (received, or kept aside), with the
/// corrections and withdrawals received for them. Only a report's reporter reaches it from a card.
/// </summary>
public sealed class OwnVisits(IListStore store, SubmissionLog log, ConversationDirectory directory)
{
    /// <summary>A visit in the register, as its item (for its flags) and as a record.</summary>
    public sealed record OwnVisit(ListItem Item, Visit Visit)
    {
        public ItemKey Key => new(VisitsList.Name, Item.Id);

        public bool IsWithdrawn => Item.Flag(VisitsList.Withdrawn) == true;
    }

    /// <summary>One of the user's reports, with where it stands and, once it is in the register, its item.</summary>
    public sealed record Report(Visit Visit, ReportState State, DateTimeOffset? Since, OwnVisit? InRegister);

    /// <summary>
    /// The user's own visit the card names, if it may still be corrected: not withdrawn, and no withdrawal of it waiting for
    /// the sync. Otherwise the user is told why, and null.
    /// </summary>
    public async Task<OwnVisit?> CorrectableFromCardAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (await FromCardAsync(turn, card, cancellationToken) is not { } own)
        {
            return null;
        }

        var beingWithdrawn = await log.FindAsync(VisitWithdrawAction.WithdrawalIdOf(own.Visit.SubmissionId), cancellationToken) is { Status: SubmissionStatus.Pending };
        if (own.IsWithdrawn || beingWithdrawn)
        {
            await turn.SayAsync(turn.Texts.VisitIsWithdrawn, cancellationToken);
            return null;
        }

        return own;
    }

    /// <summary>Every report of the user, newest first.</summary>
    public async Task<IReadOnlyList<Report>> OfAsync(string email, CancellationToken cancellationToken)
    {
        var items = await store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.ReportedByEmail, email), cancellationToken);
        var waiting = (await log.WithStatusAsync(SubmissionStatus.Pending, cancellationToken))
            .Concat(await log.WithStatusAsync(SubmissionStatus.Poison, cancellationToken))
            .Where(s => string.Equals(s.ReportedBy, email, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var pendingChanges = waiting.Where(s => s.Status == SubmissionStatus.Pending).Select(ChangeOf).OfType<(int VisitId, SubmissionKind Kind)>().ToList();

        var reports = new List<Report>();
        foreach (var item in items)
        {
            if (VisitsList.Read(item) is not { } visit)
            {
                continue;
            }

            var own = new OwnVisit(item, visit);
            var pending = pendingChanges.Where(c => c.VisitId == item.Id).Select(c => c.Kind).ToList();
            reports.Add(own.IsWithdrawn ? new Report(visit, ReportState.Withdrawn, item.Instant(VisitsList.WithdrawnAt), own)
                : pending.Contains(SubmissionTypes.VisitWithdrawal.Kind) ? new Report(visit, ReportState.WithdrawalReceived, null, own)
                : pending.Contains(SubmissionTypes.VisitCorrection.Kind) ? new Report(visit, ReportState.CorrectionReceived, null, own)
                : item.Instant(VisitsList.CorrectedAt) is { } corrected ? new Report(visit, ReportState.Corrected, corrected, own)
                : new Report(visit, ReportState.InRegister, null, own));
        }

        var inRegister = items.Select(i => i.Text(VisitsList.SubmissionId)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var submission in waiting.Where(s => s.Kind == SubmissionTypes.VisitReport.Kind && !inRegister.Contains(s.Id)))
        {
            if (SubmissionTypes.VisitReport.TryPayloadOf(submission) is { } visit)
            {
                reports.Add(new Report(visit, submission.Status == SubmissionStatus.Poison ? ReportState.KeptAside : ReportState.Received, null, null));
            }
        }

        return [.. reports.OrderByDescending(r => r.Visit.ReportedAt)];
    }

    /// <summary>The visit a card button names, if it is in the register and the acting user reported it; otherwise the user is told why not.</summary>
    public async Task<OwnVisit?> FromCardAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var own = await FindAsync(card.Value(CardDataKeys.Item), cancellationToken);
        if (own is null)
        {
            await turn.SayAsync(turn.Texts.ItemGone, cancellationToken);
            return null;
        }

        var email = await directory.EmailOfAsync(turn, cancellationToken);
        if (!string.Equals(own.Visit.ReportedByEmail, email, StringComparison.OrdinalIgnoreCase))
        {
            await turn.SayAsync(turn.Texts.NotYourVisit, cancellationToken);
            return null;
        }

        return own;
    }

    private async Task<OwnVisit?> FindAsync(string? key, CancellationToken cancellationToken)
    {
        if (!ItemKey.TryParse(key, out var itemKey) || itemKey.List != VisitsList.Name)
        {
            return null;
        }

        try
        {
            var item = await store.GetAsync(VisitsList.Name, itemKey.Id, cancellationToken);
            return VisitsList.Read(item) is { } visit ? new OwnVisit(item, visit) : null;
        }
        catch (ItemNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The visit a waiting correction or withdrawal is for (a payload that does not read, kept aside for it maybe, is left out).</summary>
    private static (int VisitId, SubmissionKind Kind)? ChangeOf(AcceptedSubmission submission) =>
        SubmissionTypes.VisitCorrection.TryPayloadOf(submission) is { } correction ? (correction.VisitId, submission.Kind)
        : SubmissionTypes.VisitWithdrawal.TryPayloadOf(submission) is { } withdrawal ? (withdrawal.VisitId, submission.Kind)
        : null;
}
