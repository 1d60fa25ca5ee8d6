package org.srodesk.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.srodesk.persistence.SettingsDao;

/**
 * "Coverage needs re-planning from {@code from}": raised by a reassignment that released a rover's
 * accepted coverage or left a high school without its SRO, kept in settings
 * ({@code coverage.replan.from}, {@code coverage.replan.note}) until the sergeant clears it. Raising
 * it again keeps the earliest day and puts the newest reason first, one line per reassignment.
 */
public record ReplanningFlag(LocalDate from, String note) {

    static final String FROM = "coverage.replan.from";
    static final String NOTE = "coverage.replan.note";
    private static final int MAX_NOTE = 1900;

    static Optional<ReplanningFlag> read(Handle handle) {
        SettingsDao settings = handle.attach(SettingsDao.class);
        Optional<String> from = settings.find(FROM);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReplanningFlag(LocalDate.parse(from.get().trim()), settings.find(NOTE).orElse("")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Raises the flag from {@code from} (or keeps an earlier day) for reassignment {@code reassignmentId};
     * the reason replaces the one an earlier save of the same reassignment gave.
     */
    static void raise(Handle handle, LocalDate from, long reassignmentId, String reason) {
        Optional<ReplanningFlag> current = read(handle);
        LocalDate earliest = current.map(f -> f.from().isBefore(from) ? f.from() : from).orElse(from);
        String tag = "Reassignment #" + reassignmentId + ": ";
        StringBuilder lines = new StringBuilder(tag).append(reason);
        current.ifPresent(f -> f.note().lines().filter(line -> !line.isBlank() && !line.startsWith(tag))
                .forEach(line -> lines.append('\n').append(line)));
        String note = lines.toString();
        if (note.length() > MAX_NOTE) {
            note = note.substring(0, MAX_NOTE - 1) + "…";
        }
        SettingsDao settings = handle.attach(SettingsDao.class);
        settings.put(FROM, earliest.toString());
        settings.put(NOTE, note);
    }

    /** Removes the flag; returns the settings rows deleted (0 when it was not raised). */
    static int clear(Handle handle) {
        SettingsDao settings = handle.attach(SettingsDao.class);
        return settings.delete(FROM) + settings.delete(NOTE);
    }
}
