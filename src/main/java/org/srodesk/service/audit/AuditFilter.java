package org.srodesk.service.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.srodesk.service.ValidationException;

/**
 * Which audit rows to show: one user or everyone, one kind of record or all, a period of whole days.
 *
 * @param userName the acting user name, or null (blank) for everyone
 * @param entity   the kind of record ({@code time_off_request}, {@code account}, …), or null (blank) for all
 * @param from     the first day, included, in the desk's time zone; null for no lower bound
 * @param to       the last day, included; null for no upper bound
 * @param limit    at most this many rows are shown (the newest); the export writes every matching row
 */
public record AuditFilter(String userName, String entity, LocalDate from, LocalDate to, int limit) {

    /** How many rows the screen shows at most. */
    public static final int DEFAULT_LIMIT = 5_000;
    /** The largest limit accepted. */
    public static final int MAX_LIMIT = 100_000;

    public static final String TO = "to";
    public static final String LIMIT = "limit";

    public AuditFilter {
        userName = blankToNull(userName);
        entity = blankToNull(entity);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new ValidationException.FieldError(TO, "The last day (" + to + ") is before the first day ("
                    + from + ")."));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new ValidationException.FieldError(LIMIT, "Show between 1 and " + MAX_LIMIT
                    + " rows (asked for " + limit + ")."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Everything, newest {@link #DEFAULT_LIMIT} rows. */
    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, DEFAULT_LIMIT);
    }

    /** The period {@code from}–{@code to} (both included) for everyone and all records. */
    public static AuditFilter days(LocalDate from, LocalDate to) {
        return new AuditFilter(null, null, from, to, DEFAULT_LIMIT);
    }

    public AuditFilter withUser(String user) {
        return new AuditFilter(user, entity, from, to, limit);
    }

    public AuditFilter withEntity(String kind) {
        return new AuditFilter(userName, kind, from, to, limit);
    }

    public AuditFilter withLimit(int rows) {
        return new AuditFilter(userName, entity, from, to, rows);
    }

    /** "user=sgt.olson; entity=all; from=2026-03-01; to=2026-03-30": for the export's audit row. */
    public String describe() {
        return "user=" + (userName == null ? "everyone" : userName) + "; entity=" + (entity == null ? "all" : entity)
                + "; from=" + (from == null ? "start" : from) + "; to=" + (to == null ? "now" : to);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
