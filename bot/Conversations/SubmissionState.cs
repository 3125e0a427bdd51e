using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Where a submission stands, in words for its confirmation card.</summary>
public static class SubmissionState
{
    public static string Describe(BotTexts texts, SubmissionStatus status) => status switch
    {
        SubmissionStatus.Written => texts.SubmissionWritten,
        SubmissionStatus.Poison => texts.SubmissionPoison,
        _ => texts.SubmissionPending,
    };
}
