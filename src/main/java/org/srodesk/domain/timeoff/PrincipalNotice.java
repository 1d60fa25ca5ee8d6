package org.srodesk.domain.timeoff;

import java.time.Instant;
import java.util.Objects;

/**
 * An e-mail to a school's principal about an SRO's absence, as stored in the outbox: about one
 * time-off request ({@code requestId}) or one reassignment ({@code reassignmentId}); the other is 0.
 *
 * @param deliveredTo the SMTP server that took it, or the .eml file it was written to
 */
public record PrincipalNotice(long id, long requestId, long reassignmentId, long schoolId, String recipient, String subject, String body,
                              NoticeStatus status, int attempts, String lastError, String deliveredTo,
                              String createdBy, Instant createdAt, Instant sentAt, int version) {
    public PrincipalNotice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        lastError = lastError == null ? "" : lastError;
        deliveredTo = deliveredTo == null ? "" : deliveredTo;
        createdBy = createdBy == null ? "" : createdBy;
    }

    /** True for a notice about a reassignment, false for one about time off. */
    public boolean isAboutReassignment() {
        return reassignmentId != 0;
    }
}
