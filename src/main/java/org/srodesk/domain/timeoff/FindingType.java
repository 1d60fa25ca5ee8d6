package org.srodesk.domain.timeoff;

/** What a policy finding is about; the order is the order the decision dialog lists them in. */
public enum FindingType {
    EXTENDED_IN_SESSION("Extended absence in session"),
    OVERLAP("Overlap"),
    COVERAGE("School coverage"),
    UNIT_MEETING("Unit meeting"),
    LATE_NOTICE("Late notice"),
    OFF_SEASON("No school impact");

    private final String label;

    FindingType(String label) {
        this.label = label;
    }

    /** A short heading for lists, e.g. "Late notice". */
    public String label() {
        return label;
    }
}
