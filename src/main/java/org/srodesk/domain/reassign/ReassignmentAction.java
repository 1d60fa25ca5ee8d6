package org.srodesk.domain.reassign;

/** A step in a reassignment's history. */
public enum ReassignmentAction {
    RECORDED("Recorded"),
    CHANGED("Changed"),
    ENDED("Ended early"),
    CANCELLED("Cancelled");

    private final String label;

    ReassignmentAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
