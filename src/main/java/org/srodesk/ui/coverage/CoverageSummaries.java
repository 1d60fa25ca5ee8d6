package org.srodesk.ui.coverage;

import java.util.Locale;

import org.srodesk.domain.coverage.CoverageSource;
import org.srodesk.domain.coverage.PlanTotals;
import org.srodesk.domain.coverage.PlannedCoverage;
import org.srodesk.domain.coverage.UncoveredReason;
import org.srodesk.service.PlannedPeriod;
import org.srodesk.ui.common.CountLabels;
import org.srodesk.ui.common.DateLabels;

/** The sentences of the coverage screen: the totals line and the question before accepting. */
final class CoverageSummaries {

    private CoverageSummaries() {
    }

    /** "12 need-days · 10 covered · 2 call 911 · calls covered 504 of 588 · 1 pin · 0 conflicts". */
    static String totals(PlannedPeriod planned, int pinCount) {
        PlanTotals t = planned.plan().totals();
        int needs = t.covered() + t.uncovered();
        long weight = t.weightedCovered() + t.weightedUncovered();
        return String.format(Locale.ENGLISH, "%s · %,d covered · %,d call 911 · calls for service covered %,d of %,d · %s · %s",
                CountLabels.of(needs, "need-day"), t.covered(), t.uncovered(), t.weightedCovered(), weight,
                CountLabels.of(pinCount, "pin"), CountLabels.of(planned.plan().conflicts().size(), "conflict"));
    }

    /** What accepting the plan will do, in counts. */
    static String acceptQuestion(PlannedPeriod planned) {
        int proposed = 0;
        int pinned = 0;
        int kept = 0;
        for (PlannedCoverage c : planned.plan().assignments()) {
            if (c.date().isBefore(planned.today())) {
                continue;
            }
            if (c.source() == CoverageSource.PROPOSED) {
                proposed++;
            } else if (c.source() == CoverageSource.PINNED) {
                pinned++;
            } else {
                kept++;
            }
        }
        long cleared = planned.plan().conflicts().stream()
                .filter(c -> c.accepted() && c.date() != null && !c.date().isBefore(planned.today())).count();
        long open = planned.plan().uncovered().stream().filter(u -> u.reason() != UncoveredReason.IN_THE_PAST).count();
        StringBuilder text = new StringBuilder("Accept the coverage plan for ")
                .append(DateLabels.range(planned.period())).append("?\n\n");
        text.append("• to write: ").append(CountLabels.of(proposed + pinned, "coverage assignment")).append(" (")
                .append(proposed).append(" proposed, ").append(pinned).append(" pinned)\n");
        text.append("• kept unchanged: ").append(CountLabels.of(kept, "accepted assignment")).append("\n");
        text.append("• to clear, no longer in the plan: ").append(CountLabels.of(cleared, "accepted assignment")).append("\n");
        text.append("• left uncovered, the school calls 911: ").append(CountLabels.of(open, "need-day")).append("\n\n");
        text.append("Coverage before today is never changed.");
        return text.toString();
    }
}
