package org.srodesk.domain.coverage;

/** Headline figures of a plan; weights are calls for service in the last 90 days. */
public record PlanTotals(long weightedCovered, int covered, long weightedUncovered, int uncovered) {
}
