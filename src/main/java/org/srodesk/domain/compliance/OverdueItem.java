package org.srodesk.domain.compliance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the sergeant's "Overdue" panel: whose, what kind, what in words, and since when
 * (the day it fell due, or the meeting day).
 */
public record OverdueItem(Kind kind, long officerId, String officerName, String what, LocalDate since) {

    /** What is behind. */
    public enum Kind {
        MISSING_LOG("Monthly log missing"),
        TRAINING_OVERDUE("Training overdue"),
        TRAINING_MISSING("Training never completed"),
        MEETING_ABSENCE("Missed unit meeting");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public OverdueItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(what, "what");
    }
}
