package org.srodesk.service;

/**
 * The sergeant's answer to the conflicts shown before saving.
 *
 * @param confirmed       save despite the conflicts (recorded in the history with who confirmed)
 * @param note            why, in the sergeant's words (optional; recorded with the confirmation)
 * @param releaseCoverage delete the officer's accepted rover coverage on the reassignment's days
 *                        (from today on) in the same transaction, and flag the coverage for re-planning
 */
public record ConflictConfirmation(boolean confirmed, String note, boolean releaseCoverage) {

    /** No conflict was shown: nothing confirmed, nothing released. */
    public static final ConflictConfirmation NONE = new ConflictConfirmation(false, "", false);

    public ConflictConfirmation {
        note = note == null ? "" : note.trim();
    }
}
