package org.srodesk.service;

/**
 * A roster export that cannot run or could not finish, with a message for the user that says what
 * to change. Nothing is written when the month, a school or the folder is refused.
 */
public final class RosterExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so callers can choose an exit code or a dialog title. */
    public enum Problem {
        /** The month lies outside the published school calendar. */
        BAD_MONTH,
        /** A school code the district does not have. */
        UNKNOWN_SCHOOL,
        /** The target folder cannot be created or written. */
        FOLDER_NOT_WRITABLE,
        /** A file could not be written part-way through the batch. */
        WRITE_FAILED
    }

    private final Problem problem;

    public RosterExportException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
