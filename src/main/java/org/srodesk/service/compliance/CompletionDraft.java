package org.srodesk.service.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A training completion as entered; any field may be missing (the service says which).
 *
 * @param onRoster also record the day as approved TRAINING time off, so the roster shows it
 */
public record CompletionDraft(Long officerId, Long courseId, LocalDate completedOn, BigDecimal hours,
                              String provider, String reference, boolean onRoster) {

    public static final String OFFICER = "officer";
    public static final String COURSE = "course";
    public static final String DATE = "date";
    public static final String HOURS = "hours";
    public static final String PROVIDER = "provider";
}
