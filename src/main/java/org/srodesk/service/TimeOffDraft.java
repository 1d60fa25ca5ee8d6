package org.srodesk.service;

import java.time.LocalDate;
import java.time.LocalTime;

import org.srodesk.domain.TimeOffKind;

/**
 * What the new-request dialog collects; any field may be missing (null) — {@link TimeOffService#request}
 * says which. A partial day has both times and one date.
 */
public record TimeOffDraft(Long officerId, TimeOffKind kind, LocalDate startDate, LocalDate endDate,
                           LocalTime partialStart, LocalTime partialEnd, String note) {

    /** Field names used in {@link ValidationException}s. */
    public static final String OFFICER = "officer";
    public static final String KIND = "kind";
    public static final String START = "start";
    public static final String END = "end";
    public static final String HOURS = "hours";
    public static final String NOTE = "note";

    public TimeOffDraft {
        note = note == null ? "" : note.trim();
    }

    public boolean isPartialDay() {
        return partialStart != null || partialEnd != null;
    }
}
