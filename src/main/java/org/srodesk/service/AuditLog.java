package org.srodesk.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.persistence.AuditDao;

/**
 * Writes the audit log. Every write use case calls {@link #record} on the handle of its own transaction,
 * so the audit row commits with the change or rolls back with it: a committed change always has its
 * row, a failed one never does.
 *
 * <p>Before and after are rendered as {@code key=value; key=value} in a fixed key order ({@link #state}),
 * cut at 4,000 characters (the column's width) with an ellipsis.
 */
public final class AuditLog {

    static final int MAX_STATE = 4000;

    private AuditLog() {
    }

    /** Records that {@code actor} did {@code action} to {@code entity} {@code entityId}, now. */
    public static void record(Handle handle, Actor actor, String action, String entity, Object entityId,
                              String before, String after) {
        record(handle, actor.userName(), action, entity, entityId, before, after);
    }

    /** As {@link #record(Handle, Actor, String, String, Object, String, String)} for a user name (sign-in events). */
    public static void record(Handle handle, String userName, String action, String entity, Object entityId,
                              String before, String after) {
        Objects.requireNonNull(handle, "handle");
        handle.attach(AuditDao.class).insert(new AuditEntry(0, Instant.now(), cut(userName, 100), action, entity,
                entityId == null ? "" : cut(entityId.toString(), 200), cut(before, MAX_STATE), cut(after, MAX_STATE)));
    }

    /** {@code key=value; key=value}, in the order given; null values print as empty. */
    public static String state(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("state(key, value, key, value, …)");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i].toString(), keysAndValues[i + 1]);
        }
        StringJoiner text = new StringJoiner("; ");
        values.forEach((key, value) -> text.add(key + "=" + (value == null ? "" : value)));
        return text.toString();
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
