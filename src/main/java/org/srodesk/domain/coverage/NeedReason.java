package org.srodesk.domain.coverage;

/** Why a high school needs a rover. */
public enum NeedReason {
    /** The primary SRO is on approved full-day time off. */
    TIME_OFF("time off"),
    /** Command staff reassigned the primary SRO elsewhere. */
    REASSIGNED("reassigned"),
    /** No primary SRO is assigned to the school. */
    VACANT("vacant post"),
    /** The sergeant added the need by hand (e.g. a one-day event). */
    MANUAL("added by the sergeant");

    private final String label;

    NeedReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
