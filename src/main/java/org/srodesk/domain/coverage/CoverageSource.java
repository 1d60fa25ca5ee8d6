package org.srodesk.domain.coverage;

/** Where a planned coverage comes from. */
public enum CoverageSource {
    /** Already accepted (a CoverageAssignment): fixed in the past, kept as a pin from today on. */
    ACCEPTED,
    /** Pinned by the sergeant for this plan. */
    PINNED,
    /** Proposed by the planner. */
    PROPOSED
}
