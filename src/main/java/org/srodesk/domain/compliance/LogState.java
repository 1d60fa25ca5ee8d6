package org.srodesk.domain.compliance;

/** Where one officer's log for one month stands; see {@link LogRule}. */
public enum LogState {
    MONTH_OPEN("Month not over"),
    NOT_YET_DUE("Not yet due"),
    RECEIVED("Received"),
    RECEIVED_LATE("Received late"),
    OVERDUE("Overdue");

    private final String label;

    LogState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
