package org.srodesk.service;

import java.time.LocalDate;

/**
 * What the reassignment dialog collects; any field may be missing — {@link ReassignmentService}
 * says which, naming the field. {@code endDate} null means open-ended. The destination is a school
 * ({@code destinationSchoolId}) or a named duty ({@code destinationDuty}), not both.
 *
 * @param orderedBy the command staff member who ordered it, rank and name ("Commander Jane Axtell")
 */
public record ReassignmentDraft(Long officerId, LocalDate startDate, LocalDate endDate, Long destinationSchoolId,
                                String destinationDuty, String orderedBy, String orderReference, String reason) {

    /** Field names used in {@link ValidationException}s. */
    public static final String OFFICER = "officer";
    public static final String START = "start";
    public static final String END = "end";
    public static final String DESTINATION = "destination";
    public static final String ORDERED_BY = "orderedBy";
    public static final String REFERENCE = "reference";
    public static final String REASON = "reason";
    /** The confirmation that the reassignment is saved despite its conflicts. */
    public static final String CONFIRM = "confirm";

    public ReassignmentDraft {
        destinationDuty = destinationDuty == null || destinationDuty.isBlank() ? null : destinationDuty.trim();
        orderedBy = orderedBy == null ? "" : orderedBy.trim();
        orderReference = orderReference == null ? "" : orderReference.trim();
        reason = reason == null ? "" : reason.trim();
    }
}
