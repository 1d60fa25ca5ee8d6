package org.srodesk.domain;

/** School levels named in the seeds. Only high schools have a primary SRO of their own. */
public enum SchoolLevel {
    HIGH("High"),
    JUNIOR_HIGH("Junior high"),
    MIDDLE("Middle"),
    ELEMENTARY("Elementary");

    private final String label;

    SchoolLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Rovers answer calls from junior, middle and elementary schools (07:00–15:00). */
    public boolean servedByRovers() {
        return this != HIGH;
    }
}
