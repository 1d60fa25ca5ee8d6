package org.srodesk.domain.timeoff;

/** How much a finding weighs on the decision. */
public enum FindingSeverity {
    /** Good to know; nothing to do. */
    INFO("Info"),
    /** The sergeant should read it before deciding. */
    WARNING("Warning"),
    /** Approval is refused until the sergeant writes a justification. */
    BLOCKING_UNTIL_JUSTIFIED("Needs justification");

    private final String label;

    FindingSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
