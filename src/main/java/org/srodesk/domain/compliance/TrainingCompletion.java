package org.srodesk.domain.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One officer completing one course on a day: hours, provider, certificate reference or note, who recorded it. */
public record TrainingCompletion(
        long id,
        long officerId,
        long courseId,
        LocalDate completedOn,
        BigDecimal hours,
        String provider,
        String reference,
        String recordedBy,
        Instant recordedAt) {

    public TrainingCompletion {
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(hours, "hours");
        provider = provider == null ? "" : provider;
        reference = reference == null ? "" : reference;
        recordedBy = recordedBy == null ? "" : recordedBy;
    }
}
