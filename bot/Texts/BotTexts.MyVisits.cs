namespace PartnershipTeams.Bot.Texts;

/// <summary>Texts of "my visits": the listing of the user's own reports, the correction form, and withdrawal.</summary>
public sealed partial class BotTexts
{
    public string MyVisitsTitle => Text();

    public string NoVisits => Text();

    public string VisitStatusReceived => Text();

    public string VisitStatusInRegister => Text();

    public string VisitStatusKeptAside => Text();

    public string VisitStatusCorrectionReceived => Text();

    public string VisitStatusWithdrawalReceived => Text();

    public string CorrectVisit => Text();

    public string WithdrawVisit => Text();

    public string CorrectionFormTitle => Text();

    public string CorrectionFormIntro => Text();

    public string MyVisitsPersonalChatOnly => Text();

    public string CorrectionVisitChangedMeanwhile => Text();

    public string CorrectionFollowUpsNote => Text();

    public string SubmitCorrection => Text();

    public string CorrectionReceivedTitle => Text();

    public string CorrectionReceivedBody => Text();

    public string AlreadyWithdrawn => Text();

    public string WithdrawalUndoneInRegister => Text();

    public string WithdrawalTurnedOff => Text();

    public string NotYourVisit => Text();

    public string VisitIsWithdrawn => Text();

    /// <summary>"De 10 senaste visas", when there are more reports than the card shows.</summary>
    public string MyVisitsNewest(int shown) => Format(nameof(MyVisitsNewest), shown);

    public string ReportedOn(string date) => Format(nameof(ReportedOn), date);

    public string VisitStatusCorrected(string date) => Format(nameof(VisitStatusCorrected), date);

    public string VisitStatusWithdrawn(string date) => Format(nameof(VisitStatusWithdrawn), date);

    /// <summary>What the user is told once a withdrawal is received; <paramref name="title"/> as it should be shown (escaped for a card).</summary>
    public string WithdrawalReceived(string title) => Format(nameof(WithdrawalReceived), title);

    /// <summary>Why a report can no longer be withdrawn: the window ("7 dagar") and the day it was sent.</summary>
    public string WithdrawWindowClosed(int days, string reportedOn) => Format(nameof(WithdrawWindowClosed), Count("Days", days), reportedOn);
}
