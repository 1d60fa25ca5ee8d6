package org.srodesk.domain.timeoff;

/** Where a principal's notice is on its way out. */
public enum NoticeStatus {
    /** Written with the decision, not tried yet. */
    QUEUED("Queued"),
    /** Tried and failed; stays in the outbox to be retried. */
    FAILED("Failed — will retry"),
    /** Accepted by the SMTP server. */
    SENT("Sent"),
    /** No SMTP server configured: written as an .eml file to open in a mail client. */
    SAVED("Saved as .eml");

    private final String label;

    NoticeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still to be delivered. */
    public boolean isPending() {
        return this == QUEUED || this == FAILED;
    }
}
