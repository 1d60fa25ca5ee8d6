package org.srodesk.domain.account;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit log: who did what to which record, when, and the record before and after
 * (in words, e.g. {@code status=REQUESTED} → {@code status=APPROVED}). Rows are only ever inserted.
 *
 * @param userName the account that acted (or the user name typed at a failed sign-in)
 * @param action   what was done, upper case: {@code CREATE}, {@code APPROVE}, {@code SIGN_IN_FAILED}, …
 * @param entity   the kind of record: {@code time_off_request}, {@code reassignment}, {@code account}, …
 * @param entityId the record's id, or a period or file for records without one; may be empty
 * @param before   the record before the change; empty for a creation or an event
 * @param after    the record after the change; empty for a deletion
 */
public record AuditEntry(long id, Instant at, String userName, String action, String entity, String entityId,
                         String before, String after) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        entityId = entityId == null ? "" : entityId;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
