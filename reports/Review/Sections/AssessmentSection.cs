using PartnershipTeams.Core.Domain;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>
/// The assessment the review owes the board (följa upp och värdera): the international function's own, written in the
/// register on the period's review cycle (<see cref="ReviewCycle.AssessingPeriod"/>), or a plain statement that it is
/// missing; and next to it what the register judges by itself, per goal (<see cref="Goal.Attainment"/>).
/// </summary>
public static class AssessmentSection
{
    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, period, _, texts) = context;
        yield return new HeadingBlock(1, texts.AssessmentHeading);

        yield return new HeadingBlock(2, texts.FunctionAssessmentHeading);
        if (ReviewCycle.AssessingPeriod(register.Reviews.Select(r => r.Value), period) is { } review)
        {
            foreach (var paragraph in review.Assessment!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return new ParagraphBlock(paragraph);
            }

            yield return new ParagraphBlock(texts.AssessmentOf(review.Title, review.Due));
        }
        else
        {
            yield return new ParagraphBlock(texts.AssessmentMissing);
        }

        var goals = GoalsSection.OfPeriod(context);
        if (goals.Count == 0)
        {
            yield break;
        }

        // The table right under its heading (its caption then not read twice), the way it judges after it.
        yield return new HeadingBlock(2, texts.RegisterAssessmentHeading);
        yield return new TableBlock(new ReportTable(texts.RegisterAssessmentHeading,
            [texts.GoalHeader, texts.TargetHeader, texts.LatestValueHeader, texts.AttainmentHeader],
            [.. goals.Select(g => (IReadOnlyList<Cell>)[
                ReportTable.Text(g.Title),
                ReportTable.Number(g.Target),
                ReportTable.Number(g.Current),
                new TextCell(texts.Label(g.Attainment))])]));
        yield return new ParagraphBlock(texts.RegisterAssessmentIntro);
    }
}
