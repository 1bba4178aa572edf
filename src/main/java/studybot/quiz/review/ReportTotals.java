package studybot.quiz.review;

/**
 * Reports across every scope, for {@code /stats}.
 *
 * @param reports members' reports in all
 * @param questions distinct questions reported, counted once per scope
 * @param dropped of those, the ones dropped for their server
 */
public record ReportTotals(int reports, int questions, int dropped) {}
