package org.srodesk.persistence;

import java.sql.SQLException;
import java.util.Locale;

import org.h2.api.ErrorCode;

/**
 * Turns H2's errors into the exceptions the user sees: {@link DatabaseOpenException} when a file
 * cannot be opened, {@link DatabaseWriteException} when a write is refused by the disk (full,
 * read-only, failing). Never shows a stack trace; the messages are sentences for a dialog.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static DatabaseOpenException atOpen(SQLException e, String description, boolean fileExisted) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.IN_USE,
                    "The database " + description + " is already open in another copy of SRO Desk. "
                            + "Close the other copy, or choose another file.", e);
        }
        if (isDiskFull(e)) {
            return diskFullAtOpen(description, e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.WRONG_PASSWORD_FORMAT || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return corrupt(description, e);
        }
        if (fileExisted && (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.GENERAL_ERROR_1)) {
            // The file was checked readable before opening: an I/O error reading it means its
            // content is not a valid database (truncated, overwritten, another kind of file).
            return corrupt(description, e);
        }
        if (code == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.READ_ONLY,
                    "The database file " + description + " can be read but not written.", e);
        }
        if (code == ErrorCode.FILE_CREATION_FAILED_1 || code == ErrorCode.IO_EXCEPTION_1
                || code == ErrorCode.IO_EXCEPTION_2) {
            return new DatabaseOpenException(DatabaseOpenException.Problem.NOT_ACCESSIBLE,
                    "The database file " + description + " cannot be read and written: " + firstLine(e), e);
        }
        return new DatabaseOpenException(DatabaseOpenException.Problem.OTHER,
                "The database " + description + " could not be opened: " + firstLine(e), e);
    }

    static DatabaseOpenException corrupt(String description, Throwable cause) {
        return new DatabaseOpenException(DatabaseOpenException.Problem.CORRUPT,
                "The database file " + description + " is damaged (perhaps cut short by a failed copy or a "
                        + "disk error) or is not an SRO Desk database. It was not changed.", cause);
    }

    static DatabaseOpenException diskFullAtOpen(String description, Throwable cause) {
        return new DatabaseOpenException(DatabaseOpenException.Problem.DISK_FULL,
                "The disk holding " + description + " is full, so the database could not be opened. "
                        + "Nothing was changed. Free some space on the disk, then try again.", cause);
    }

    /**
     * What a failed read or write should be reported as: a {@link DatabaseWriteException} when the
     * disk refused it, otherwise {@code e} itself.
     */
    static RuntimeException onWrite(RuntimeException e, String description) {
        if (e instanceof DatabaseWriteException) {
            return e;
        }
        if (isDiskFull(e)) {
            return new DatabaseWriteException(DatabaseWriteException.Reason.DISK_FULL,
                    "The disk holding " + description + " is full. This change was refused and rolled back: "
                            + "nothing of it was saved; everything saved before is safe. Free some space on the "
                            + "disk, then quit and restart SRO Desk and make the change again.", e);
        }
        if (hasCode(e, ErrorCode.DATABASE_IS_READ_ONLY)) {
            return new DatabaseWriteException(DatabaseWriteException.Reason.READ_ONLY,
                    "The database " + description + " is open read-only: this change was not saved. "
                            + "To make changes, open a copy of the file that can be written.", e);
        }
        if (hasCode(e, ErrorCode.IO_EXCEPTION_1) || hasCode(e, ErrorCode.IO_EXCEPTION_2)
                || hasCode(e, ErrorCode.DATABASE_IS_CLOSED) || hasCode(e, ErrorCode.FILE_CORRUPTED_1)) {
            return new DatabaseWriteException(DatabaseWriteException.Reason.IO_ERROR,
                    "The disk holding " + description + " failed while saving (" + firstLine(rootSql(e))
                            + "). This change was rolled back: nothing of it was saved; everything saved before "
                            + "is safe. Quit and restart SRO Desk; if it happens again, check the disk.", e);
        }
        return e;
    }

    /** True when {@code e} or a cause says the disk has no space left (Linux, macOS and Windows wording). */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("not enough space on the disk")
                    || message.contains("disk full") || message.contains("disk quota exceeded")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean hasCode(Throwable e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootSql(Throwable e) {
        Throwable found = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                found = t;
            }
        }
        return found;
    }

    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
