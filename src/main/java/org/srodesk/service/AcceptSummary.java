package org.srodesk.service;

/**
 * What accepting a coverage plan did.
 *
 * @param kept          coverage from today on that the plan still has, left as it was
 * @param added         coverage written now
 * @param removed       coverage from today on that the plan no longer has (replaced or stale)
 * @param pastUntouched accepted coverage before today in the period, never changed
 */
public record AcceptSummary(int kept, int added, int removed, int pastUntouched) {

    @Override
    public String toString() {
        return added + " added, " + removed + " removed, " + kept + " kept, " + pastUntouched + " in the past untouched";
    }
}
