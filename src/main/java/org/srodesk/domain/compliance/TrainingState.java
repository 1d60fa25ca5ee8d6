package org.srodesk.domain.compliance;

/** Where an officer stands on one required course; see {@link TrainingRule}. */
public enum TrainingState {
    CURRENT("Done"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue"),
    MISSING("Never completed");

    private final String label;

    TrainingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Overdue or never completed: the sergeant must act. */
    public boolean isBehind() {
        return this == OVERDUE || this == MISSING;
    }
}
