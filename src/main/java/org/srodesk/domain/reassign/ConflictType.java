package org.srodesk.domain.reassign;

/** What a reassignment collides with; each is shown before saving and needs an explicit confirmation. */
public enum ConflictType {
    /** The officer has approved time off on some of the days: the time off wins on the roster. */
    APPROVED_TIME_OFF("Approved time off"),
    /** Another active reassignment of the same officer overlaps. */
    OVERLAPPING_REASSIGNMENT("Overlapping reassignment"),
    /** The officer is a rover with accepted coverage of a high school on some of the days. */
    ROVER_COVERING("Rover covering a high school");

    private final String label;

    ConflictType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
