package org.srodesk.domain;

/** Kinds of time off an SRO can request through the sergeant, with the roster's short label. */
public enum TimeOffKind {
    VACATION("VAC", "Vacation"),
    SICK("SICK", "Sick leave"),
    PERSONAL("PERS", "Personal"),
    COMP("COMP", "Comp time"),
    TRAINING("TRN", "Training"),
    COURT("CRT", "Court"),
    OTHER("OFF", "Other");

    private final String shortLabel;
    private final String label;

    TimeOffKind(String shortLabel, String label) {
        this.shortLabel = shortLabel;
        this.label = label;
    }

    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    /** Planned time off is announced to the principal when approved; sick leave when entered. */
    public boolean isPlanned() {
        return this != SICK;
    }
}
