package org.srodesk.domain.deployment;

import java.util.List;

/** Current vs what-if over one period, with what each change did. */
public record WhatIfComparison(List<DeploymentChange> changes, List<String> notes, ScenarioOutcome current,
                               ScenarioOutcome whatIf) {

    public WhatIfComparison {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** What-if minus current uncovered high-school days: positive means more 911 days. */
    public int uncoveredHighSchoolDaysChange() {
        return whatIf.uncoveredHighSchoolDays() - current.uncoveredHighSchoolDays();
    }

    public int daysBelowReserveChange() {
        return whatIf.daysBelowReserve() - current.daysBelowReserve();
    }

    public long callsWithoutOfficerChange() {
        return whatIf.callsWithoutOfficer() - current.callsWithoutOfficer();
    }
}
