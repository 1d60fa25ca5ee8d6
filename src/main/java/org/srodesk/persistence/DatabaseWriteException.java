package org.srodesk.persistence;

/**
 * A write the database could not make: the disk is full, the file is read-only, or the disk failed.
 * The transaction was rolled back — nothing of it was saved — and the message, a sentence fit for a
 * dialog, says so and what to do. After {@link Reason#DISK_FULL} or {@link Reason#IO_ERROR} H2 may
 * have closed the file to protect it: every transaction committed before is safe on disk.
 */
public final class DatabaseWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the write was refused. */
    public enum Reason {
        /** No space left on the disk holding the database. */
        DISK_FULL,
        /** The database was opened read-only. */
        READ_ONLY,
        /** Any other input/output failure of the disk. */
        IO_ERROR
    }

    private final Reason reason;

    public DatabaseWriteException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
